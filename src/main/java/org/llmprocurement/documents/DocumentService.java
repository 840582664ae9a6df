package org.llmprocurement.documents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.web.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract documents of procurements: stores new versions (never overwriting one), lists them
 * and hands them to later stages. Access rules are {@link DocumentAccess}'s, checked by callers
 * that act for a user.
 */
@Service
public class DocumentService {

  /** Families in type order, then title; versions newest first. */
  static final Comparator<DocumentInfo> LISTING = Comparator.comparing(DocumentInfo::type)
      .thenComparing(DocumentInfo::title).thenComparing(DocumentInfo::version, Comparator.reverseOrder());

  private final ContractDocumentRepository documents;
  private final IntakeService intake;
  DocumentService(ContractDocumentRepository documents, IntakeService intake) {
    this.documents = documents;
    this.intake = intake;
  }

  /**
   * Stores the upload as the next version of its family. Open forms show it the next time they are
   * read ({@link DocumentChoices}).
   *
   * @throws ApiException 404 if the procurement does not exist, 409 if the bytes are those of the
   *     family's latest version or another upload of the family won the race
   */
  @Transactional
  public ContractDocument store(long procurementId, Upload upload, String uploadedBy) {
    if (intake.find(procurementId).isEmpty()) {
      throw ApiException.notFound("Procurement " + procurementId);
    }
    String sha256 = Versioning.sha256(upload.content());
    Optional<Versioning.Latest> latest = documents.latestOfFamily(procurementId, upload.type(), upload.title())
        .map(d -> new Versioning.Latest(d.id(), d.version(), d.sha256()));
    Versioning.Next next;
    try {
      next = Versioning.next(latest, sha256);
    } catch (Versioning.Duplicate duplicate) {
      long existing = duplicate.existing().id();
      throw new ApiException(HttpStatus.CONFLICT, "The file is identical to document " + existing + " (" + upload.type()
          + " '" + upload.title() + "' version " + duplicate.existing().version() + "); nothing was stored",
          List.of("existingDocument: " + path(procurementId, existing)));
    }
    try {
      ContractDocument stored = documents.saveAndFlush(new ContractDocument(procurementId, upload.type(), upload.title(),
          next.version(), upload.fileName(), upload.contentType(), upload.content(), sha256, uploadedBy, now(),
          upload.effectiveDate(), next.supersedesId()));
      return stored;
    } catch (DataIntegrityViolationException e) {
      throw new ApiException(HttpStatus.CONFLICT, "Another version of " + upload.type() + " '" + upload.title()
          + "' was stored at the same moment; list the documents and upload again if still needed");
    }
  }

  /**
   * The document, if it belongs to the procurement.
   *
   * @throws ApiException 404 otherwise
   */
  public ContractDocument get(long procurementId, long documentId) {
    return find(procurementId, documentId).orElseThrow(() -> notFound(procurementId, documentId));
  }

  /** The document, if it exists and belongs to the procurement. */
  public Optional<ContractDocument> find(long procurementId, long documentId) {
    return documents.findByIdAndProcurementId(documentId, procurementId);
  }

  /** The latest version of each family of the procurement, families in type then title order. */
  public List<ContractDocument> latest(long procurementId) {
    return documents.latest(procurementId).stream()
        .sorted(Comparator.comparing(ContractDocument::getType).thenComparing(ContractDocument::getTitle)).toList();
  }

  /** Every version of every family, without content: families in type then title order, newest version first. */
  public List<DocumentInfo> list(long procurementId) {
    return documents.infos(procurementId).stream().sorted(LISTING).toList();
  }

  /** One document without its content, if it exists and belongs to the procurement (one row read, no listing). */
  public Optional<DocumentInfo> findInfo(long procurementId, long documentId) {
    return documents.info(procurementId, documentId);
  }

  /**
   * One document without its content.
   *
   * @throws ApiException 404 unless it belongs to the procurement
   */
  public DocumentInfo info(long procurementId, long documentId) {
    return documents.info(procurementId, documentId).orElseThrow(() -> notFound(procurementId, documentId));
  }

  /** Whether no later version of the document's family exists. */
  public boolean isLatest(DocumentInfo document) {
    return documents.latestOfFamily(document.procurementId(), document.type(), document.title())
        .map(latest -> latest.id() == document.id()).orElse(false);
  }

  static String path(long procurementId, long documentId) {
    return "/api/procurements/" + procurementId + "/documents/" + documentId;
  }

  private static ApiException notFound(long procurementId, long documentId) {
    return ApiException.notFound("Document " + documentId + " of procurement " + procurementId);
  }

  private static Instant now() {
    return EngineClock.now();
  }
}
