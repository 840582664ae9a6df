package org.llmprocurement.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A checked upload: what the client sent, cleaned up, or every problem with it by field name.
 * Plain values in, so a unit test can drive it without HTTP.
 */
public record Upload(DocumentType type, String title, String fileName, String contentType, byte[] content,
    LocalDate effectiveDate) {

  public static final Set<String> FIELDS = Set.of("file", "type", "title", "effectiveDate");
  static final int MAX_TITLE = 200;
  static final int MAX_FILE_NAME = 255;
  static final int MAX_CONTENT_TYPE = 255;
  static final String DEFAULT_FILE_NAME = "document";

  /** What the client sent; {@code content} is {@code null} when there was no file part. */
  public record Raw(byte[] content, int fileParts, String fileName, String contentType, String type, String title,
      String effectiveDate, Collection<String> fieldNames) {}

  /** Either an upload or the problems, each "field: message". */
  public record Result(Upload upload, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static Result check(Raw raw) {
    List<String> problems = new ArrayList<>();
    new TreeSet<>(raw.fieldNames()).stream().filter(name -> !FIELDS.contains(name))
        .forEach(name -> problems.add(name + ": is not a field of a document upload (fields: file, type, title, effectiveDate)"));

    if (raw.content() == null) {
      problems.add("file: is required (a multipart part named 'file')");
    } else if (raw.fileParts() > 1) {
      problems.add("file: send exactly one file per upload, not " + raw.fileParts());
    } else if (raw.content().length == 0) {
      problems.add("file: is empty");
    } else if (raw.content().length > ContractDocument.MAX_BYTES) {
      problems.add("file: is larger than " + ContractDocument.MAX_BYTES + " bytes");
    }

    DocumentType type = null;
    if (blank(raw.type())) {
      problems.add("type: is required, one of " + DocumentType.names());
    } else {
      type = DocumentType.parse(raw.type()).orElse(null);
      if (type == null) {
        problems.add("type: unknown value '" + shorten(raw.type()) + "', allowed: " + DocumentType.names());
      }
    }

    String title = blank(raw.title()) ? (type == null ? null : type.name()) : raw.title().strip().replaceAll("\\s+", " ");
    if (title != null && title.length() > MAX_TITLE) {
      problems.add("title: must be at most " + MAX_TITLE + " characters");
    } else if (title != null && title.chars().anyMatch(Character::isISOControl)) {
      problems.add("title: must not contain control characters");
    } else if (title != null) {
      org.llmprocurement.security.TextRules.check("title", title, problems);
    }

    LocalDate effectiveDate = null;
    if (!blank(raw.effectiveDate())) {
      try {
        effectiveDate = LocalDate.parse(raw.effectiveDate().strip());
      } catch (DateTimeParseException e) {
        problems.add("effectiveDate: '" + shorten(raw.effectiveDate()) + "' is not a date like 2026-01-31");
      }
    }

    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    return new Result(new Upload(type, title, fileName(raw.fileName()), contentType(raw.contentType()),
        raw.content(), effectiveDate), List.of());
  }

  /**
   * The last path segment of what the browser sent (some send "C:\\Users\\...\\msa.pdf"), without
   * control characters, at most 255 characters (the extension kept).
   */
  static String fileName(String sent) {
    if (sent == null) {
      return DEFAULT_FILE_NAME;
    }
    String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    // control, bidirectional and invisible characters dropped (a right-to-left override makes "fdp.exe" read "exe.pdf")
    name = name.codePoints().filter(c -> !Character.isISOControl(c) && org.llmprocurement.security.TextRules.firstForbidden(Character.toString(c)) < 0)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return DEFAULT_FILE_NAME;
    }
    if (name.length() > MAX_FILE_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
      name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
    return name;
  }

  /** The media type the client declared, or application/octet-stream when it declared none or nonsense. */
  static String contentType(String sent) {
    if (blank(sent) || sent.length() > MAX_CONTENT_TYPE) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
    try {
      MediaType type = MediaType.parseMediaType(sent.strip());
      return type.isConcrete() ? type.toString() : MediaType.APPLICATION_OCTET_STREAM_VALUE;
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String shorten(String text) {
    String line = text.strip().replaceAll("\\p{Cntrl}", "?");
    return line.length() > 60 ? line.substring(0, 60) + "..." : line;
  }
}
