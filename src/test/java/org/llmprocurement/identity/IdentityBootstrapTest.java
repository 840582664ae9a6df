package org.llmprocurement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A database first used by the demo profile, then started with prod: the start-up of each profile
 * runs against one engine of its own (in-memory H2), with the engine's identity settings applied
 * exactly as the application applies them.
 */
@Tag("unit")
class IdentityBootstrapTest {

  private ProcessEngine engine;
  private IdentityService identity;

  @BeforeEach
  void engine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:identity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
    // as application.yaml: Camunda's own lockout off (LoginThrottle does it per account and address)
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayMaxTime(0);
    configuration.setLoginDelayBase(0);
    configuration.setProcessEngineName("identity-" + UUID.randomUUID());
    engine = configuration.buildProcessEngine();
    identity = engine.getIdentityService();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** Starts "the application" once with these profiles on this engine's database. */
  private void start(String adminPassword, String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    if (adminPassword != null) {
      environment.setProperty("ADMIN_PASSWORD", adminPassword);
    }
    boolean demo = AdminPasswordPolicy.isDemo(environment);
    // the policy the application's engine runs with in this profile
    IdentityEngineSettings.apply((ProcessEngineConfiguration) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()), demo);
    new IdentityBootstrap(identity, engine.getAuthorizationService(), engine.getFilterService(), engine.getTaskService(),
        environment, "admin").afterPropertiesSet();
  }

  @Test
  void prodAfterDemoRemovesDemoUsersAndTakesTheAdminPasswordFromTheEnvironment() {
    start(null, "demo");
    assertThat(identity.checkPassword("admin", "demo")).isTrue();
    assertThat(identity.checkPassword("demo-it", "demo")).isTrue();

    start("first-real-secret-2026", "postgres", "prod");

    assertThat(identity.checkPassword("admin", "demo")).as("admin:demo no longer works").isFalse();
    assertThat(identity.checkPassword("admin", "first-real-secret-2026")).isTrue();
    for (String demoUser : IdentityBootstrap.DEMO_USERS.keySet()) {
      assertThat(identity.createUserQuery().userId(demoUser).count()).as(demoUser + " removed").isZero();
    }
    assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.ADMIN).count()).isOne();
  }

  @Test
  void anyOtherAccountWithTheDemoPasswordIsDisabledInProd() {
    start(null, "demo");
    // someone added an account while trying the demo and gave it the demo password
    User extra = identity.newUser("pilot-user");
    extra.setPassword("demo");
    identity.saveUser(extra);

    start("first-real-secret-2026", "prod");

    assertThat(identity.createUserQuery().userId("pilot-user").count()).as("kept, but").isOne();
    assertThat(identity.checkPassword("pilot-user", "demo")).as("the demo password no longer works").isFalse();
  }

  @Test
  void theAdminPasswordFollowsTheEnvironmentOnEveryStartAndARestartUnlocksTheAdmin() {
    start("first-real-secret-2026", "prod");
    start("second-real-secret-2027", "prod");
    assertThat(identity.checkPassword("admin", "first-real-secret-2026")).isFalse();
    assertThat(identity.checkPassword("admin", "second-real-secret-2027")).isTrue();

    // Camunda's permanent lock (as a database from before this release may hold it) ...
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setLoginMaxAttempts(3);
    for (int i = 0; i < 3; i++) {
      identity.checkPassword("admin", "wrong-" + i);
    }
    assertThat(identity.checkPassword("admin", "second-real-secret-2027")).as("locked").isFalse();
    // ... is lifted by a restart with ADMIN_PASSWORD
    start("second-real-secret-2027", "prod");
    assertThat(identity.checkPassword("admin", "second-real-secret-2027")).isTrue();
  }

  @Test
  void everyPasswordSetOutsideTheDemoAccountsFollowsThePolicy() {
    start("first-real-secret-2026", "prod");
    User user = identity.newUser("jane");
    user.setFirstName("Jane");
    user.setLastName("Procurer");
    for (String weak : new String[] {"x", "short-pass1", "jane-is-the-best-2026", "procurer-12345678"}) {
      user.setPassword(weak);
      assertThatThrownBy(() -> identity.saveUser(user)).as(weak).isInstanceOf(ProcessEngineException.class);
    }
    user.setPassword("correct horse battery");
    identity.saveUser(user);
    assertThat(identity.checkPassword("jane", "correct horse battery")).isTrue();

    // a demo account name does not buy an exemption outside demo
    User lookalike = identity.newUser("demo-it");
    lookalike.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(lookalike)).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void inDemoOnlyThePasswordDemoIsExempt() {
    start(null, "demo");
    User other = identity.newUser("someone");
    other.setPassword("x");
    assertThatThrownBy(() -> identity.saveUser(other)).isInstanceOf(ProcessEngineException.class);
    other.setPassword("someone-2026");
    assertThatThrownBy(() -> identity.saveUser(other)).isInstanceOf(ProcessEngineException.class);
    other.setPassword("demo");
    identity.saveUser(other);
  }

  @Test
  void startUpRefusesAnAdminPasswordBelowThePolicy() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    environment.setProperty("ADMIN_PASSWORD", "x");
    assertThatThrownBy(() -> AdminPasswordPolicy.check(environment)).hasMessageContaining("at least 12 characters");
    environment.setProperty("ADMIN_PASSWORD", "superadmin-secret-2026");
    assertThatThrownBy(() -> AdminPasswordPolicy.check(environment)).hasMessageContaining("user id");
  }

  @Test
  void theSharedTasklistFiltersShowTheProcurementColumnsOnAFreshStartAndAfterAnUpgrade() {
    start(null, "demo");
    var filters = engine.getFilterService();
    for (var filter : filters.createFilterQuery().list()) {
      assertThat(filter.getProperties().get("variables")).as(filter.getName() + " shows procurement, vendor and product")
          .isEqualTo(TaskListColumns.FILTER_VARIABLES);
    }
    assertThat(filters.createFilterQuery().count()).isEqualTo(3);

    // a database from before the columns: the filter has only what it had, plus an admin's change
    var filter = filters.createFilterQuery().filterName(IdentityBootstrap.FILTER_ALL_TASKS).singleResult();
    filter.setProperties(new java.util.HashMap<>(java.util.Map.of("priority", 0, "description", "Changed by an admin",
        "refresh", true)));
    filters.saveFilter(filter);

    start(null, "demo");
    var upgraded = filters.createFilterQuery().filterName(IdentityBootstrap.FILTER_ALL_TASKS).singleResult();
    assertThat(upgraded.getProperties()).containsEntry("variables", TaskListColumns.FILTER_VARIABLES)
        .as("what the admin set stays").containsEntry("description", "Changed by an admin");
    assertThat(filters.createFilterQuery().count()).as("no filter is duplicated").isEqualTo(3);
  }
}
