package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The product API's OpenAPI description: behind authentication, and no endpoint left out of it. */
class OpenApiTest extends IntegrationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theDescriptionNeedsCredentials() {
    assertThat(api.get("/api/openapi", null).status()).isEqualTo(401);
    org.llmprocurement.support.Api.Response described = api.get("/api/openapi", "demo-it");
    assertThat(described.status()).isEqualTo(200);
    JsonNode doc = described.json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(doc.at("/externalDocs/url").asText()).contains("docs.camunda.org");
  }

  @Test
  void everyProductEndpointIsDescribedWithItsMethods() {
    JsonNode paths = api.get("/api/openapi", "demo-it").json().get("paths");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (var entry : mappings.getHandlerMethods().entrySet()) {
      if (!entry.getValue().getBeanType().getPackageName().startsWith("org.llmprocurement")) {
        continue;
      }
      for (String path : entry.getKey().getPatternValues()) {
        if (!path.startsWith("/api/")) {
          continue;
        }
        var methods = entry.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
          checked++;
          JsonNode described = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
          if (described.isMissingNode()) {
            missing.add(method + " " + path);
          }
        }
      }
    }
    assertThat(checked).as("product endpoints found").isGreaterThan(20);
    assertThat(missing).as("endpoints missing from /api/openapi").isEmpty();
  }
}
