package org.llmprocurement.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.llmprocurement.clauses.ClauseJudge;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentType;
import org.llmprocurement.documents.DocumentUploads;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.review.TraceabilityExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The procurement page, {@code /app/procurements/{key}} (business key or id), and its small
 * endpoints: document upload (multipart; JSON answer to a script, back to the page for a plain
 * form), document download, traceability as CSV or JSON, and the clause check (JSON or a form post
 * that shows the page with the result). Every request first resolves the procurement (404) and
 * checks the user may see it ({@link ProcurementVisibility}: 403 for another group's procurement); uploads then follow the API's
 * rules exactly ({@link DocumentUploads}: 400, 403, 409, 413).
 */
@Controller
class ProcurementPageController {

  private final ProcurementPages pages;
  private final ProcurementVisibility visibility;
  private final DocumentUploads documents;
  private final TraceabilityExport traceability;
  private final ClauseCheck clauseCheck;

  ProcurementPageController(ProcurementPages pages, ProcurementVisibility visibility, DocumentUploads documents,
      TraceabilityExport traceability, ClauseCheck clauseCheck) {
    this.pages = pages;
    this.visibility = visibility;
    this.documents = documents;
    this.traceability = traceability;
    this.clauseCheck = clauseCheck;
  }

  /** The document types the upload form offers. */
  @ModelAttribute("documentTypes")
  List<String> documentTypes() {
    return DocumentType.names();
  }

  @GetMapping("/app/procurements/{key}")
  String page(@PathVariable String key, Model model) {
    model.addAttribute("page", pages.page(visible(key)));
    return "workspace/procurement";
  }

  @PostMapping(path = "/app/procurements/{key}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Object upload(@PathVariable String key, MultipartHttpServletRequest request, RedirectAttributes redirect) {
    Procurement procurement = visible(key);
    DocumentInfo stored = documents.receive(procurement, request, List.of(CSRF_FIELD));
    if (wantsJson(request)) {
      return ResponseEntity.created(URI.create(pageUrl(procurement) + "/documents/" + stored.id()))
          .contentType(MediaType.APPLICATION_JSON).body(stored.view(true));
    }
    redirect.addFlashAttribute("uploaded", stored.type() + " \u201c" + stored.title() + "\u201d v" + stored.version()
        + " stored (SHA-256 " + stored.sha256() + ")");
    return "redirect:" + pageUrl(procurement) + "#documents";
  }

  @GetMapping("/app/procurements/{key}/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable long documentId) {
    return documents.download(visible(key), documentId);
  }

  @GetMapping(path = "/app/procurements/{key}/traceability.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<TraceabilityExport.Row> traceabilityJson(@PathVariable String key) {
    return traceability.rows(visible(key).getId());
  }

  @GetMapping("/app/procurements/{key}/traceability.csv")
  ResponseEntity<String> traceabilityCsv(@PathVariable String key) {
    Procurement procurement = visible(key);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + procurement.getBusinessKey() + "-traceability.csv\"")
        .body(traceability.csv(procurement.getId()));
  }

  @PostMapping(path = "/app/procurements/{key}/clause-check", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ClauseJudge.Judgement clauseCheckJson(@PathVariable String key, @RequestBody Map<String, Object> body) {
    return clauseCheck.check(visible(key), body);
  }

  @PostMapping(path = "/app/procurements/{key}/clause-check", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String clauseCheckForm(@PathVariable String key, @RequestParam MultiValueMap<String, String> form, Model model) {
    Procurement procurement = visible(key);
    model.addAttribute("clauseCheck", clauseCheck.check(procurement, form));
    model.addAttribute("checkedRequirement", form.getFirst("requirementId"));
    model.addAttribute("checkedText", form.getFirst("text"));
    model.addAttribute("page", pages.page(procurement));
    return "workspace/procurement";
  }

  /** The form field of the workspace's CSRF token, which is not part of an upload. */
  static final String CSRF_FIELD = "_csrf";

  private Procurement visible(String key) {
    return visibility.visible(key);
  }

  static String pageUrl(Procurement procurement) {
    return "/app/procurements/" + procurement.getBusinessKey();
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
  }
}
