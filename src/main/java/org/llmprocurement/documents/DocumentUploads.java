package org.llmprocurement.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The procurement's documents for a signed-in user: one multipart upload as the API ({@code POST /api/procurements/{id}/documents}) and the
 * workspace's procurement page receive it: the caller's right is checked first (403), then the
 * parts ({@link Upload#check}, 400 naming every problem), then the upload is stored as the next
 * version of its family ({@link DocumentService#store}, 409 for a duplicate); a file over the
 * multipart limit is refused with 413 while the parts are read; nothing is written on a refusal.
 * Also the listing and the download, with the same read right as the API.
 */
@Component
public class DocumentUploads {

  private final DocumentService documents;
  private final DocumentAccess access;
  private final IdentityService identity;

  DocumentUploads(DocumentService documents, DocumentAccess access, IdentityService identity) {
    this.documents = documents;
    this.access = access;
    this.identity = identity;
  }

  /**
   * Stores the upload for the signed-in user.
   *
   * @param ignored form fields that are not part of the upload and are not refused (the workspace's
   *     CSRF field); empty for the API
   */
  public DocumentInfo receive(Procurement procurement, MultipartHttpServletRequest request, Collection<String> ignored) {
    access.requireUpload(procurement);
    List<MultipartFile> files = request.getFiles("file");
    MultipartFile file = files.isEmpty() ? null : files.get(0);
    Set<String> fields = new TreeSet<>(request.getParameterMap().keySet());
    fields.addAll(request.getMultiFileMap().keySet());
    fields.removeAll(ignored);
    Upload.Result result = Upload.check(new Upload.Raw(file == null ? null : bytes(file), files.size(),
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
        single(request, "type"), single(request, "title"), single(request, "effectiveDate"), fields));
    if (!result.valid()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid document upload", result.problems());
    }
    ContractDocument stored = documents.store(procurement.getId(), result.upload(), EngineIdentity.current(identity).userId());
    return DocumentInfo.of(stored);
  }

  /**
   * A document of the procurement as a download for the signed-in user (as the API's
   * {@code .../content}).
   *
   * @throws ApiException 403 unless the user may read the procurement's documents, 404 unless the
   *     document belongs to the procurement
   */
  public ResponseEntity<byte[]> download(Procurement procurement, long documentId) {
    access.requireRead(procurement);
    return DocumentController.download(documents.get(procurement.getId(), documentId));
  }

  /** Every version of every document of the procurement, for the signed-in user (API listing order). */
  public List<DocumentInfo> list(Procurement procurement) {
    access.requireRead(procurement);
    return documents.list(procurement.getId());
  }

  /** Whether the signed-in user may upload documents to the procurement. */
  public boolean mayUpload(Procurement procurement) {
    var user = EngineIdentity.current(identity);
    return access.mayUpload(user.userId(), user.groups(), procurement);
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
}
