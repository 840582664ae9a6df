package org.llmprocurement.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One gate for what callers type, the same on {@code /api}, {@code /engine-rest} and the webapps'
 * {@code /camunda/api}: JSON bodies are read once (413 over the limit, whether announced or
 * chunked), refused with 400 when nested deeper than {@value #MAX_DEPTH}, when an object repeats a
 * key, or when any text (in the body, inside a JSON string value such as a Json variable, or in a
 * query parameter) holds a character that has no business in it ({@link TextRules}). Dates in the
 * engine's query parameters and date fields are accepted in ISO-8601 with {@code Z} or
 * {@code ±hh:mm} ({@link EngineDates}).
 */
class InputInspectionFilter extends OncePerRequestFilter {

  static final int MAX_DEPTH = 32;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();
  private static final ObjectMapper TREE = new ObjectMapper(FACTORY);

  private final long maxBytes;

  InputInspectionFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> problems = new ArrayList<>();
    boolean engine = EngineDates.isEnginePath(path(request));
    Map<String, String[]> parameters = queryParameters(request.getQueryString());
    parameters.forEach((name, values) -> {
      TextRules.check("query parameter " + name, name, problems);
      for (String value : values) {
        TextRules.check("query parameter " + name, value, problems);
      }
    });
    HttpServletRequest effective = request;
    if (engine && !parameters.isEmpty()) {
      String rewritten = EngineDates.rewriteQuery(request.getQueryString());
      if (!rewritten.equals(request.getQueryString())) {
        effective = new QueryRewritten(effective, rewritten);
      }
    }
    if (isJson(request.getContentType()) && hasBody(request)) {
      byte[] body = readLimited(request.getInputStream());
      if (body == null) {
        ErrorResponses.write(response, 413, "Payload Too Large", "Request bodies are limited to " + maxBytes + " bytes", List.of());
        return;
      }
      JsonNode tree = null;
      if (body.length > 0) {
        tree = inspect(body, problems);
      }
      if (problems.isEmpty() && engine && tree != null && EngineDates.rewriteBody(tree)) {
        body = TREE.writeValueAsBytes(tree);
      }
      effective = new CachedBodyRequest(effective, body);
    }
    if (!problems.isEmpty()) {
      ErrorResponses.write(response, 400, "Bad Request", "The request was refused: " + String.join("; ", problems), problems);
      return;
    }
    chain.doFilter(effective, response);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/json") || type.matches("application/[a-z0-9.+-]*\\+json.*");
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /** The body, or null when it is over the limit (announced or not). */
  private byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    return bytes.length > maxBytes ? null : bytes;
  }

  /** Parses strictly; names each problem with where it is. */
  static JsonNode inspect(byte[] body, List<String> problems) {
    try {
      checkStream(FACTORY.createParser(body), "", 0, problems);
      return problems.isEmpty() ? TREE.readTree(body) : null;
    } catch (StreamConstraintsException e) {
      problems.add("JSON is nested more than " + MAX_DEPTH + " levels deep");
    } catch (JsonParseException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field")) {
        problems.add("JSON repeats the key " + message.substring("Duplicate field".length()).trim()
            + " in one object; each key may appear once");
      } else {
        problems.add("Malformed JSON");
      }
    } catch (IOException e) {
      problems.add("Malformed JSON");
    }
    return null;
  }

  private static void checkStream(JsonParser parser, String prefix, int depthBefore, List<String> problems) throws IOException {
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          TextRules.check(prefix + location(parser), parser.currentName(), problems);
        } else if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          String where = prefix + location(parser);
          TextRules.check(where, text, problems);
          String trimmed = text.trim();
          // a JSON value inside a string (Json variables travel so): the same rules, depth counted on
          if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && trimmed.length() > 1) {
            int depth = depthBefore + parser.getParsingContext().getNestingDepth();
            try {
              JsonFactory nested = JsonFactory.builder()
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Math.max(1, MAX_DEPTH - depth)).build())
                  .build();
              checkStream(nested.createParser(trimmed), where + " (JSON text) ", depth, problems);
            } catch (JsonParseException e) {
              String message = e.getOriginalMessage();
              if (message != null && message.startsWith("Duplicate field")) {
                throw e;
              }
              // not JSON after all: plain text, checked above
            }
          }
        }
      }
    }
  }

  private static String location(JsonParser parser) {
    StringBuilder path = new StringBuilder();
    var context = parser.getParsingContext();
    List<String> parts = new ArrayList<>();
    while (context != null && !context.inRoot()) {
      if (context.inObject() && context.getCurrentName() != null) {
        parts.add(0, context.getCurrentName());
      } else if (context.inArray()) {
        parts.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
      }
      context = context.getParent();
    }
    for (String part : parts) {
      if (path.length() > 0 && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  static Map<String, String[]> queryParameters(String query) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    Map<String, String[]> result = new LinkedHashMap<>();
    values.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
    return result;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The same request with dates in its query string in the engine's format. */
  private static final class QueryRewritten extends HttpServletRequestWrapper {
    private final String query;
    private final Map<String, String[]> parameters;

    QueryRewritten(HttpServletRequest request, String query) {
      super(request);
      this.query = query;
      this.parameters = queryParameters(query);
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values != null && values.length > 0 ? values[0] : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
      merged.putAll(parameters);
      return merged;
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values != null ? values : super.getParameterValues(name);
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.enumeration(getParameterMap().keySet());
    }
  }

  static Iterator<Map.Entry<String, JsonNode>> fields(ObjectNode node) {
    return node.fields();
  }
}
