package org.llmprocurement.notices.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something the vendor told us about an open incident after its first notice: an update notice
 * ({@code NOTICE}) or the missing contents security obtained ({@code CONTENTS}); row of
 * {@code security_incident_update}.
 */
@Entity
@Table(name = "security_incident_update")
public class IncidentUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "incident_id", nullable = false)
  private Long incidentId;
  @Column(name = "notice_id")
  private Long noticeId;
  @Column(nullable = false, length = 20)
  private String kind;
  @Column(name = "told_at", nullable = false)
  private Instant toldAt;
  @Column(nullable = false, length = 4000)
  private String summary;
  @Column(name = "recorded_by", length = 100)
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected IncidentUpdate() {}

  IncidentUpdate(long incidentId, Long noticeId, String kind, Instant toldAt, String summary, String recordedBy,
      Instant recordedAt) {
    this.incidentId = incidentId;
    this.noticeId = noticeId;
    this.kind = kind;
    this.toldAt = toldAt;
    this.summary = summary.length() > 4000 ? summary.substring(0, 4000) : summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getIncidentId() { return incidentId; }
  public Long getNoticeId() { return noticeId; }
  public String getKind() { return kind; }
  public Instant getToldAt() { return toldAt; }
  public String getSummary() { return summary; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
