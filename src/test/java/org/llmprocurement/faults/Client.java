package org.llmprocurement.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The fault suite's HTTP client: HTTP Basic as a demo user (password "demo"), JSON, and a hard
 * time limit per request, so that a hanging server shows up as {@link Answer#TIMED_OUT} instead
 * of stalling the suite. A refused connection answers {@link Answer#NO_ANSWER}.
 */
final class Client {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int TIMED_OUT = -1;
  static final int NO_ANSWER = -2;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Duration limit;

  Client(Duration limit) {
    this.limit = limit;
  }

  /** One answer: status (or {@link #TIMED_OUT}, {@link #NO_ANSWER}), body, Retry-After header, time taken. */
  record Answer(int status, String body, String retryAfter, long millis) {
    /** No HTTP answer at all: the connection was refused or broken, or the time limit passed. */
    boolean unanswered() {
      return status == NO_ANSWER || status == TIMED_OUT;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " in " + millis + " ms: " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }

  Answer get(String url, String user) {
    return send(request(url, user).GET());
  }

  Answer post(String url, String user, Object body) {
    return send(request(url, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  Answer put(String url, String user, Object body) {
    return send(request(url, user).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  /** A multipart/form-data POST of text fields and one file, as a browser uploads a document. */
  Answer upload(String url, String user, java.util.Map<String, String> fields, String fileName, String contentType, byte[] content) {
    String boundary = "----faults" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    fields.forEach((name, value) ->
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
    text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    return send(request(url, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String url, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(limit).header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null), millisSince(t0));
    } catch (HttpTimeoutException e) {
      return new Answer(TIMED_OUT, e.toString(), null, millisSince(t0));
    } catch (IOException e) {
      return new Answer(NO_ANSWER, e.toString(), null, millisSince(t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(NO_ANSWER, e.toString(), null, millisSince(t0));
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  static String json(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
