package org.llmprocurement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The benchmark's HTTP client: HTTP Basic as a demo user (password "demo"), JSON, a time limit per
 * request, and the wall time of every call in microseconds. Any answer other than the expected
 * status is an error that names the call.
 */
final class BenchHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  BenchHttp(String base) {
    this.base = base;
  }

  /** One answer: status, body and the call's wall time (microseconds). */
  record Answer(int status, String body, long micros) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
      }
    }

    double millis() {
      return micros / 1000.0;
    }
  }

  Answer get(String path, String user) {
    return send(request(path, user).GET());
  }

  Answer post(String path, String user, Object body) {
    return send(postJson(request(path, user), body));
  }

  /**
   * POST as Camunda Tasklist sends it: its HTTP client asks for {@code application/hal+json} first,
   * and a filter's HAL page carries the filter's total, which the engine counts with every page.
   */
  Answer postAsTasklist(String path, String user, Object body) {
    return send(postJson(request(path, user).setHeader("Accept", "application/hal+json, application/json; q=0.5"), body));
  }

  /** GET that must answer 200. */
  JsonNode read(String path, String user) {
    return expect(get(path, user), 200, "GET " + path).json();
  }

  /** POST that must answer the status; answers the response. */
  Answer call(String path, String user, Object body, int status) {
    return expect(post(path, user, body), status, "POST " + path);
  }

  /** A multipart/form-data POST of text fields and one file (a document upload). */
  Answer upload(String path, String user, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  static Answer expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + " answered " + answer.status() + " (expected " + status + "): "
          + (answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body()));
    }
    return answer;
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpRequest.Builder postJson(HttpRequest.Builder builder, Object body) {
    return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(body)));
  }

  private Answer send(HttpRequest.Builder builder) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), (System.nanoTime() - t0) / 1000);
    } catch (IOException e) {
      throw new IllegalStateException(builder.build().uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
