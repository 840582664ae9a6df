package org.llmprocurement.bench.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's bare reference: Camunda 7.24 in Spring Boot with HTTP Basic on {@code /engine-rest}
 * (Camunda's own {@link ProcessEngineAuthenticationFilter}, as its documentation shows), authorization
 * on, and the process {@code bare-procurement} (a DMN task, a JPA service task and the lifecycle's user
 * tasks). No product logic: no guards, no custom authorizations beyond group grants, no listeners.
 */
@SpringBootApplication
public class BareApp {

  public static void main(String[] args) {
    SpringApplication.run(BareApp.class, args);
  }

  /** HTTP Basic against the engine's identity service for every engine-rest call. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setName("engine-rest-basic-auth");
    return registration;
  }
}
