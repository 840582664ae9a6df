package org.llmprocurement.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops start-up before anything else happens when the administrator password is unsafe: outside
 * the demo profile it must come from {@code ADMIN_PASSWORD} and must not be blank, "demo" or
 * "admin", and must pass the password policy ({@link PasswordRules}). The demo profile, which creates users with the password "demo", cannot be combined with
 * prod.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

  static final Set<String> FORBIDDEN = Set.of("demo", "admin");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    check(environment);
  }

  static void check(ConfigurableEnvironment environment) {
    boolean demo = isDemo(environment);
    if (demo && environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException(
          "The profiles 'demo' and 'prod' cannot be combined: demo creates users with the password 'demo'.");
    }
    if (demo) {
      return;
    }
    String password = environment.getProperty("ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "ADMIN_PASSWORD is not set. Outside the demo profile the administrator password must come from the"
              + " environment variable ADMIN_PASSWORD (profiles active: "
              + Arrays.toString(environment.getActiveProfiles()) + ").");
    }
    if (FORBIDDEN.contains(password.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "ADMIN_PASSWORD must not be 'demo' or 'admin'; choose a real secret.");
    }
    String adminId = environment.getProperty("llmp.admin.id", "admin");
    java.util.List<String> problems = new PasswordRules(false).problems(password, adminId);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("ADMIN_PASSWORD " + String.join("; ", problems) + ".");
    }
  }

  /** The demo set-up: the default profile, or "demo" named explicitly. */
  public static boolean isDemo(ConfigurableEnvironment environment) {
    String[] active = environment.getActiveProfiles();
    if (active.length == 0) {
      return Arrays.asList(environment.getDefaultProfiles()).contains("demo");
    }
    return Arrays.asList(active).contains("demo");
  }
}
