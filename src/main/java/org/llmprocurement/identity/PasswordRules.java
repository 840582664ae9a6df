package org.llmprocurement.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy of every profile, enforced by the engine on every path that sets a password
 * (Java API, {@code /engine-rest/user/...}, the Admin webapp, start-up): at least
 * {@value #MIN_LENGTH} characters (a passphrase of a few words qualifies) and not containing the
 * user's id, names or e-mail name. Only in the demo profile the one password {@code demo} is
 * exempt, so the demo accounts (and accounts made for trying the demo) keep working; every other
 * password is checked there too. Outside demo there is no exemption, and start-up removes or
 * disables every account still using {@code demo}.
 */
public final class PasswordRules implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  static final String DEMO_PASSWORD = "demo";

  private final boolean demoAccountsExempt;

  /** @param demoAccountsExempt true only in the demo profile */
  public PasswordRules(boolean demoAccountsExempt) {
    this.demoAccountsExempt = demoAccountsExempt;
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new Length(), new NoUserData());
  }

  /** The problems of a password for the user, empty when it passes (used before the engine runs). */
  public List<String> problems(String password, String userId) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters long (a passphrase of a few words is fine)");
    } else if (containsUserData(password, userId, null, null, null)) {
      problems.add("must not contain the user id or the user's names");
    }
    return problems;
  }

  private boolean exempt(String password, User user) {
    return demoAccountsExempt && DEMO_PASSWORD.equals(password);
  }

  static boolean containsUserData(String password, String id, String firstName, String lastName, String email) {
    String lower = password.toLowerCase(Locale.ROOT);
    String emailName = email == null ? null : email.replaceFirst("@.*", "");
    for (String part : new String[] {id, firstName, lastName, emailName}) {
      if (part != null && part.length() >= 3 && lower.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Camunda's own placeholder, so the Admin webapp explains the rule in its words. */
  private final class Length implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_LENGTH";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("minLength", String.valueOf(MIN_LENGTH));
    }

    @Override
    public boolean execute(String password) {
      return password != null && password.length() >= MIN_LENGTH;
    }

    @Override
    public boolean execute(String password, User user) {
      return exempt(password, user) || execute(password);
    }
  }

  private final class NoUserData implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return true;
    }

    @Override
    public boolean execute(String password, User user) {
      if (password == null || user == null || exempt(password, user)) {
        return true;
      }
      return !containsUserData(password, user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
    }
  }
}
