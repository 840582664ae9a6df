package org.llmprocurement.notices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.llmprocurement.support.Api;

/** Posts notices to {@code /api/vendor-notices} as a vendor would: signed, no HTTP Basic. */
final class SignedNotices {

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  SignedNotices(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A notice signed with the secret at the instant (the timestamp header is its epoch second). */
  Api.Response send(long vendorId, String secret, Instant at, String body) {
    long timestamp = at.getEpochSecond();
    return send(request("/api/vendor-notices", "application/json", body)
        .header(NoticeSignature.VENDOR_HEADER, String.valueOf(vendorId))
        .header(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
        .header(NoticeSignature.SIGNATURE_HEADER,
            NoticeSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8))));
  }

  HttpRequest.Builder request(String path, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  Api.Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Response(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
