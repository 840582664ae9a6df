package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One notice about a register entry as received: row of {@code vendor_notice}. The vendor's own
 * notice id is unique per vendor, so a repeated notice is recognised and starts nothing new.
 */
@Entity
@Table(name = "vendor_notice")
public class VendorNotice {

  /** Largest raw body stored (bytes of UTF-8); the API refuses larger notices with 413. */
  public static final int MAX_BODY_BYTES = 65536;

  /** Where a notice came from. */
  public enum Source {
    /** Signed by the vendor through {@code POST /api/vendor-notices}. */
    API,
    /** Recorded by one of our people from a Tasklist start form (e.g. from the vendor's e-mail). */
    MANUAL
  }

  /** Signature check result for a notice from the API; manual records are not signed. */
  public static final String SIGNATURE_VALID = "VALID";
  public static final String NOT_SIGNED = "NOT_SIGNED";

  /** The notice's handling state. */
  public enum Status {
    /** Stored and handed to the contract life; its handling process runs. */
    RECEIVED,
    /** Its handling process reached a decision ({@link #getOutcome()}). */
    HANDLED
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;

  @Column(name = "vendor_notice_id", nullable = false, length = 100)
  private String vendorNoticeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_type", nullable = false, length = 30)
  private NoticeType type;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Source source;

  @Column(name = "raw_body", nullable = false, length = MAX_BODY_BYTES)
  private String rawBody;

  @Column(name = "signature_check", nullable = false, length = 20)
  private String signatureCheck;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_from_email", length = 254)
  private String recordedFromEmail;

  @Column(nullable = false, length = MAX_BODY_BYTES)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(length = 4000)
  private String outcome;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected VendorNotice() {}

  VendorNotice(long contractId, String businessKey, long vendorId, String vendorNoticeId, NoticeType type, Instant sentAt,
      Instant receivedAt, Source source, String rawBody, String signatureCheck, String recordedBy, String recordedFromEmail,
      JsonNode payload) {
    this.contractId = contractId;
    this.businessKey = businessKey;
    this.vendorId = vendorId;
    this.vendorNoticeId = vendorNoticeId;
    this.type = type;
    this.sentAt = sentAt;
    this.receivedAt = receivedAt;
    this.source = source;
    this.rawBody = rawBody;
    this.signatureCheck = signatureCheck;
    this.recordedBy = recordedBy;
    this.recordedFromEmail = recordedFromEmail;
    this.payload = payload.toString();
    this.status = Status.RECEIVED;
  }

  void settle(String outcome, Instant at) {
    this.status = Status.HANDLED;
    this.outcome = outcome;
    this.settledAt = at;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public Long getVendorId() { return vendorId; }
  public String getVendorNoticeId() { return vendorNoticeId; }
  public NoticeType getType() { return type; }
  /** When the vendor says it sent the notice; {@code null} when it did not say. */
  public Instant getSentAt() { return sentAt; }
  public Instant getReceivedAt() { return receivedAt; }
  public Source getSource() { return source; }
  /** The body exactly as received (for a manual record: the recorded fields as JSON). */
  public String getRawBody() { return rawBody; }
  /** {@link #SIGNATURE_VALID} or {@link #NOT_SIGNED}. */
  public String getSignatureCheck() { return signatureCheck; }
  public String getRecordedBy() { return recordedBy; }
  public String getRecordedFromEmail() { return recordedFromEmail; }
  public Status getStatus() { return status; }
  public String getOutcome() { return outcome; }
  public Instant getSettledAt() { return settledAt; }

  /** The type-specific payload as a JSON object. */
  public JsonNode payload() {
    try {
      return MAPPER.readTree(payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
