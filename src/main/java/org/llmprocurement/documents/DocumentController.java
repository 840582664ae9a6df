package org.llmprocurement.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Upload, list and download the contract documents of a procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/documents")
class DocumentController {

  private final DocumentService documents;
  private final DocumentAccess access;
  private final IntakeService intake;
  private final DocumentUploads uploads;

  DocumentController(DocumentService documents, DocumentAccess access, IntakeService intake, DocumentUploads uploads) {
    this.documents = documents;
    this.access = access;
    this.intake = intake;
    this.uploads = uploads;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> upload(@PathVariable long procurementId, MultipartHttpServletRequest request) {
    DocumentInfo info = uploads.receive(procurement(procurementId), request, List.of());
    return ResponseEntity.created(URI.create(DocumentService.path(procurementId, info.id()))).body(info.view(true));
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> list(@PathVariable long procurementId) {
    access.requireRead(procurement(procurementId));
    List<Map<String, Object>> views = new ArrayList<>();
    DocumentInfo previous = null;
    for (DocumentInfo document : documents.list(procurementId)) {
      views.add(document.view(previous == null || !previous.sameFamily(document)));
      previous = document;
    }
    return views;
  }

  @GetMapping(path = "/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(@PathVariable long procurementId, @PathVariable long documentId) {
    access.requireRead(procurement(procurementId));
    DocumentInfo document = documents.info(procurementId, documentId);
    return document.view(documents.isLatest(document));
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<byte[]> content(@PathVariable long procurementId, @PathVariable long documentId) {
    access.requireRead(procurement(procurementId));
    return download(documents.get(procurementId, documentId));
  }

  /**
   * The document's bytes as a download: its stored media type (application/octet-stream when that
   * does not parse), {@code attachment} with its file name, no sniffing, its SHA-256 as ETag and
   * {@code Repr-Digest}. Used by the API and the procurement page.
   */
  static ResponseEntity<byte[]> download(ContractDocument document) {
    byte[] sha256 = HexFormat.of().parseHex(document.getSha256());
    return ResponseEntity.ok()
        .contentType(mediaType(document.getContentType()))
        .contentLength(document.getSizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .eTag("\"" + document.getSha256() + "\"")
        .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":")
        .body(document.getContent());
  }

  private Procurement procurement(long id) {
    return intake.find(id).orElseThrow(() -> ApiException.notFound("Procurement " + id));
  }

  /**
   * {@code attachment; filename="..."} with an ASCII fallback every client understands, plus the
   * RFC 6266 / RFC 8187 {@code filename*} form when the name has other characters.
   */
  static String attachment(String fileName) {
    StringBuilder ascii = new StringBuilder();
    fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '_'));
    String quoted = ascii.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    if (ascii.toString().equals(fileName)) {
      return "attachment; filename=\"" + quoted + "\"";
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + quoted + "\"; filename*=UTF-8''" + encoded;
  }

  private static MediaType mediaType(String stored) {
    try {
      return MediaType.parseMediaType(stored);
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
