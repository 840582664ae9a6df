package org.llmprocurement.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for tests: JSON in and out, HTTP Basic, or a Tasklist browser session. */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  public static final String PASSWORD = "demo";

  private final String base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();

  public Api(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Response get(String path, String user) {
    return send(builder(path, user).GET(), null);
  }

  public Response get(String path, String user, String accept) {
    return send(builder(path, user).setHeader("Accept", accept).GET(), null);
  }

  public Response getWithHeader(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET(), null);
  }

  public Response post(String path, String user, Object body) {
    return sendJson("POST", path, user, body);
  }

  public Response put(String path, String user, Object body) {
    return sendJson("PUT", path, user, body);
  }

  /** Any method with a JSON body; a null body sends none. */
  public Response request(String method, String path, String user, Object body) {
    if (body == null) {
      return send(builder(path, user).method(method, HttpRequest.BodyPublishers.noBody()), null);
    }
    return sendJson(method, path, user, body);
  }

  public Response postRaw(String path, String user, String contentType, String body) {
    return send(builder(path, user).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), null);
  }

  /** A file part of a multipart upload. */
  public record FilePart(String name, String fileName, String contentType, byte[] content) {}

  /** Posts multipart/form-data: text fields first, then the file parts. */
  public Response upload(String path, String user, Map<String, String> fields, FilePart... files) {
    String boundary = "----llmp" + java.util.UUID.randomUUID().toString().replace("-", "");
    return send(builder(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files))), null);
  }

  /**
   * Posts multipart/form-data in this client's workspace session as the page's script does: JSON
   * asked for, the workspace CSRF token (from {@link #workspaceCsrf}) in its header.
   */
  public Response workspaceUpload(String path, String csrfToken, Map<String, String> fields, FilePart... files) {
    String boundary = "----llmp" + java.util.UUID.randomUUID().toString().replace("-", "");
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("X-CSRF-TOKEN", csrfToken == null ? "" : csrfToken)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files))), null);
  }

  /** Posts JSON in this client's workspace session with the workspace CSRF token in its header. */
  public Response workspaceJson(String path, String csrfToken, Object body) {
    try {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
          .header("X-CSRF-TOKEN", csrfToken == null ? "" : csrfToken).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] multipart(String boundary, Map<String, String> fields, FilePart... files) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    fields.forEach((name, value) -> {
      text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
      text.accept(value + "\r\n");
    });
    for (FilePart file : files) {
      text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
          + file.fileName() + "\"\r\n");
      if (file.contentType() != null) {
        text.accept("Content-Type: " + file.contentType() + "\r\n");
      }
      text.accept("\r\n");
      body.writeBytes(file.content());
      text.accept("\r\n");
    }
    text.accept("--" + boundary + "--\r\n");
    return body.toByteArray();
  }

  /** A response whose body is kept as bytes (downloads). */
  public record Download(int status, byte[] body, Map<String, java.util.List<String>> headers) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** GET accepting any media type, the body kept as bytes. */
  public Download download(String path, String user) {
    try {
      HttpResponse<byte[]> response = http.send(builder(path, user).setHeader("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response sendJson(String method, String path, String user, Object body) {
    try {
      String json = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(builder(path, user).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json)), null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page of the workspace as a browser asks for it: Accept HTML, this client's session, no Basic. */
  public Response page(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET(), null);
  }

  /** A JSON or CSV call of the workspace in this client's session (Accept as given, no Basic). */
  public Response sessionGet(String path, String accept) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET(), null);
  }

  /** Posts an HTML form (urlencoded) in this client's session, as a browser submits it. */
  public Response form(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElse("");
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), null);
  }

  /** The CSRF token a workspace page carries (its hidden form field), or null. */
  public static String workspaceCsrf(Response page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.body());
    return m.find() ? m.group(1) : null;
  }

  /** Signs in on the workspace's own sign-in page (which signs in to the Camunda webapps too). */
  public Response workspaceLogin(String user, String password) {
    String token = workspaceCsrf(page("/app/login"));
    return form("/app/login", Map.of("username", user, "password", password, "_csrf", token == null ? "" : token));
  }

  /** Signs into the webapps like a browser: Tasklist then calls /camunda/api/engine/... with this session. */
  public Api login(String user) {
    Response response = loginTo("tasklist", user);
    if (response.status() != 200) {
      throw new AssertionError("webapp login of " + user + " failed: " + response);
    }
    session("GET", "/camunda/api/admin/auth/user/default", null);
    return this;
  }

  /** Signs into one webapp (tasklist, cockpit, admin) and returns the login response. */
  public Response loginTo(String app, String user) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET(), null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), csrf());
  }

  /** A request in the signed-in webapp session (no Basic credentials), with the CSRF header. */
  public Response session(String method, String path, Object body) {
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
      if (body == null) {
        builder.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        builder.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      return send(builder, csrf());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private volatile String csrfToken;

  private String csrf() {
    if (csrfToken != null) {
      return csrfToken;
    }
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
  }

  private HttpRequest.Builder builder(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder, String csrfHeader) {
    if (csrfHeader != null) {
      builder.header("X-XSRF-TOKEN", csrfHeader);
    }
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
          .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
          .reduce((a, b) -> b).ifPresent(token -> csrfToken = token);
      return new Response(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
