package org.llmprocurement.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Upload, list and download the contract documents of a procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/documents")
class DocumentController {

  private final DocumentService documents;
  private final DocumentAccess access;
  private final IntakeService intake;
  private final IdentityService identity;

  DocumentController(DocumentService documents, DocumentAccess access, IntakeService intake, IdentityService identity) {
    this.documents = documents;
    this.access = access;
    this.intake = intake;
    this.identity = identity;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> upload(@PathVariable long procurementId, MultipartHttpServletRequest request) {
    access.requireUpload(procurement(procurementId));
    List<MultipartFile> files = request.getFiles("file");
    MultipartFile file = files.isEmpty() ? null : files.get(0);
    Set<String> fields = new TreeSet<>(request.getParameterMap().keySet());
    fields.addAll(request.getMultiFileMap().keySet());
    Upload.Result result = Upload.check(new Upload.Raw(file == null ? null : bytes(file), files.size(),
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
        single(request, "type"), single(request, "title"), single(request, "effectiveDate"), fields));
    if (!result.valid()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid document upload", result.problems());
    }
    ContractDocument stored = documents.store(procurementId, result.upload(), EngineIdentity.current(identity).userId());
    DocumentInfo info = DocumentInfo.of(stored);
    return ResponseEntity.created(URI.create(DocumentService.path(procurementId, info.id()))).body(view(info, true));
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> list(@PathVariable long procurementId) {
    access.requireRead(procurement(procurementId));
    List<Map<String, Object>> views = new ArrayList<>();
    DocumentInfo previous = null;
    for (DocumentInfo document : documents.list(procurementId)) {
      views.add(view(document, previous == null || !previous.sameFamily(document)));
      previous = document;
    }
    return views;
  }

  @GetMapping(path = "/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(@PathVariable long procurementId, @PathVariable long documentId) {
    access.requireRead(procurement(procurementId));
    DocumentInfo document = documents.info(procurementId, documentId);
    return view(document, documents.isLatest(document));
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<byte[]> content(@PathVariable long procurementId, @PathVariable long documentId) {
    access.requireRead(procurement(procurementId));
    ContractDocument document = documents.get(procurementId, documentId);
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

  private static Map<String, Object> view(DocumentInfo d, boolean latest) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", d.id());
    view.put("procurementId", d.procurementId());
    view.put("type", d.type());
    view.put("title", d.title());
    view.put("version", d.version());
    view.put("latest", latest);
    view.put("fileName", d.fileName());
    view.put("contentType", d.contentType());
    view.put("sizeBytes", d.sizeBytes());
    view.put("sha256", d.sha256());
    view.put("uploadedBy", d.uploadedBy());
    view.put("uploadedAt", d.uploadedAt());
    view.put("effectiveDate", d.effectiveDate());
    view.put("supersedesId", d.supersedesId());
    view.put("contentUrl", DocumentService.path(d.procurementId(), d.id()) + "/content");
    return view;
  }

  /** The value of a text field, or null; a field sent twice is joined with commas and so fails validation. */
  private static String single(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null || values.length == 0 ? null : String.join(",", values);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the uploaded file", e);
    }
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
