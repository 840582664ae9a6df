package org.llmprocurement.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** One change of a contract's access inventory: the entry as it was and became, who, when, why. */
@Entity
@Immutable
@Table(name = "contract_access_change")
public class ContractAccessChange {

  /** What the change did to the entry. */
  public enum Action { ADD, UPDATE, RETIRE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Action action;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "entry_before", length = 8000)
  private String entryBefore;

  @Column(name = "entry_after", nullable = false, length = 8000)
  private String entryAfter;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected ContractAccessChange() {}

  ContractAccessChange(long contractId, long entryId, Action action, String changedBy, Instant changedAt, String reason,
      AccessRules.Fields before, AccessRules.Fields after, String processInstanceId) {
    this.contractId = contractId;
    this.entryId = entryId;
    this.action = action;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
    this.entryBefore = before == null ? null : Json.write(before.view());
    this.entryAfter = Json.write(after.view());
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getEntryId() { return entryId; }
  public Action getAction() { return action; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
  public String getReason() { return reason; }
  /** The entry's fields before the change; {@code null} for an addition. */
  public Map<String, Object> getBefore() { return entryBefore == null ? null : Json.read(entryBefore, new TypeReference<Map<String, Object>>() {}); }
  /** The entry's fields after the change (for a retirement: as it stood when retired). */
  public Map<String, Object> getAfter() { return Json.read(entryAfter, new TypeReference<Map<String, Object>>() {}); }
  /** The Tasklist process that made the change, or {@code null} for the API. */
  public String getProcessInstanceId() { return processInstanceId; }
}
