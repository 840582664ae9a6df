package org.llmprocurement.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One step of an exit as it happened: row of {@code contract_exit_step}. A task opens it (one per
 * round of a loop, one per inventory entry for revocation) and its completion closes it with the
 * evidence the checklist gave (JSON); timers stamp reminders and escalations on it.
 */
@Entity
@Table(name = "contract_exit_step")
public class ContractExitStep {

  /** Where a step stands: open, done, or done with a failed outcome that loops back to the vendor. */
  public enum State { OPEN, DONE, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "exit_id", nullable = false)
  private Long exitId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ExitStep step;
  @Column(name = "round_no", nullable = false)
  private int round;
  @Column(name = "owner_group", nullable = false, length = 40)
  private String ownerGroup;
  @Column(length = 300)
  private String subject;
  @Column(name = "access_entry_id")
  private Long accessEntryId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;
  @Column(name = "due_at")
  private Instant dueAt;
  @Column(name = "reminded_at")
  private Instant remindedAt;
  @Column(name = "escalated_at")
  private Instant escalatedAt;
  @Column(name = "completed_at")
  private Instant completedAt;
  @Column(name = "completed_by", length = 100)
  private String completedBy;
  @Column(length = 30000)
  private String evidence;
  @Version
  @Column(name = "row_version", nullable = false)
  private Integer rowVersion;

  protected ContractExitStep() {}

  ContractExitStep(long exitId, ExitStep step, int round, String ownerGroup, String subject, Long accessEntryId,
      Instant openedAt, Instant dueAt) {
    this.exitId = exitId;
    this.step = step;
    this.round = round;
    this.ownerGroup = ownerGroup;
    this.subject = subject;
    this.accessEntryId = accessEntryId;
    this.state = State.OPEN;
    this.openedAt = openedAt;
    this.dueAt = dueAt;
  }

  void due(Instant dueAt) {
    this.dueAt = dueAt;
  }

  void reminded(Instant at) {
    this.remindedAt = at;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  void complete(State outcome, String evidenceJson, String userId, Instant at) {
    this.state = outcome;
    this.evidence = evidenceJson;
    this.completedBy = userId;
    this.completedAt = at;
  }

  public Long getId() { return id; }
  public Long getExitId() { return exitId; }
  public ExitStep getStep() { return step; }
  public int getRound() { return round; }
  public String getOwnerGroup() { return ownerGroup; }
  public String getSubject() { return subject; }
  public Long getAccessEntryId() { return accessEntryId; }
  public State getState() { return state; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getRemindedAt() { return remindedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public String getCompletedBy() { return completedBy; }
  public String getEvidence() { return evidence; }
}
