package org.llmprocurement.identity;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * The engine's identity settings: the password policy on in every profile, and Camunda's own
 * login lockout off, because it locks an account permanently after {@code loginMaxAttempts}
 * failures from anyone and delays every client of an account alike. {@code LoginThrottle} (in
 * the security package) replaces it with a temporary lockout per account and client address.
 */
@Component
class IdentityEngineSettings extends AbstractCamundaConfiguration {

  private final ConfigurableEnvironment environment;

  IdentityEngineSettings(ConfigurableEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    apply(configuration, AdminPasswordPolicy.isDemo(environment));
  }

  /** Also used by tests that build an engine of their own. */
  static void apply(ProcessEngineConfiguration configuration, boolean demo) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new PasswordRules(demo));
  }
}
