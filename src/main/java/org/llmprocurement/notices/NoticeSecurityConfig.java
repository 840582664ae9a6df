package org.llmprocurement.notices;

import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the signature check on exactly {@value #PATH}, at the place the product API's HTTP Basic
 * check has on every other {@code /api} path (which leaves this one path to it). The origin, size
 * and input inspection filters that run before authentication apply here as everywhere.
 */
@Configuration
class NoticeSecurityConfig {

  /** The one path vendors call; keep in step with {@code security.WebSecurityConfig.SIGNED_PATH}. */
  static final String PATH = "/api/vendor-notices";

  @Bean
  FilterRegistrationBean<Filter> signedNoticeFilter(VendorSecrets secrets,
      @Value("${llmp.notices.replay-window:5m}") Duration replayWindow) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new SignedNoticeFilter(secrets, replayWindow));
    registration.addUrlPatterns(PATH);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName(SignedNoticeFilter.class.getSimpleName());
    return registration;
  }
}
