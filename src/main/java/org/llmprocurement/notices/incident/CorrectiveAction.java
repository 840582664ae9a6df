package org.llmprocurement.notices.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One action of a vendor's corrective-action plan, closed with evidence: row of {@code incident_corrective_action}. */
@Entity
@Table(name = "incident_corrective_action")
public class CorrectiveAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "incident_id", nullable = false)
  private Long incidentId;
  @Column(nullable = false)
  private int position;
  @Column(nullable = false, length = 500)
  private String title;
  @Column(nullable = false, length = 10)
  private String status;
  @Column(length = 4000)
  private String evidence;
  @Column(name = "closed_by", length = 100)
  private String closedBy;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected CorrectiveAction() {}

  CorrectiveAction(long incidentId, int position, String title) {
    this.incidentId = incidentId;
    this.position = position;
    this.title = title;
    this.status = "OPEN";
  }

  void close(String evidence, String userId, Instant at) {
    this.status = "CLOSED";
    this.evidence = evidence;
    this.closedBy = userId;
    this.closedAt = at;
  }

  public boolean isOpen() {
    return "OPEN".equals(status);
  }

  public Long getId() { return id; }
  public Long getIncidentId() { return incidentId; }
  public int getPosition() { return position; }
  public String getTitle() { return title; }
  public String getStatus() { return status; }
  public String getEvidence() { return evidence; }
  public String getClosedBy() { return closedBy; }
  public Instant getClosedAt() { return closedAt; }
}
