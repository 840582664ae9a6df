package org.llmprocurement.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One amendment of a register entry: the version it made, who, when, why, and each change. */
@Entity
@Immutable
@Table(name = "contract_amendment")
public class ContractAmendment {

  /** One changed field: its value before and after, as the API shows them. */
  public record Change(String field, Object before, Object after) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(nullable = false)
  private int version;

  @Column(name = "amended_by", nullable = false, length = 100)
  private String amendedBy;

  @Column(name = "amended_at", nullable = false)
  private Instant amendedAt;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(nullable = false, length = 100000)
  private String changes;

  protected ContractAmendment() {}

  ContractAmendment(long contractId, int version, String amendedBy, Instant amendedAt, String reason, List<Change> changes) {
    this.contractId = contractId;
    this.version = version;
    this.amendedBy = amendedBy;
    this.amendedAt = amendedAt;
    this.reason = reason;
    this.changes = Json.write(changes);
  }

  public int getVersion() { return version; }
  public String getAmendedBy() { return amendedBy; }
  public Instant getAmendedAt() { return amendedAt; }
  public String getReason() { return reason; }
  public List<Change> getChanges() { return Json.read(changes, new TypeReference<List<Change>>() {}); }
}
