package org.llmprocurement.web;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link DatabaseOutageFilter} on every API (product API, engine REST API, the webapps'
 * REST API), just inside the outermost error-body filter, so that it also sees failures of the
 * authentication filters, which read users and groups from the database.
 */
@Configuration
class DatabaseOutageConfig {

  @Bean
  FilterRegistrationBean<Filter> databaseOutage() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setName("databaseOutage");
    return registration;
  }
}
