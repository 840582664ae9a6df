package org.llmprocurement.notices.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One group's impact assessment of a model change (table {@code vendor_change_assessment}). */
@Entity
@Immutable
@Table(name = "vendor_change_assessment")
public class VendorChangeAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_id", nullable = false)
  private Long changeId;

  @Column(name = "assessing_group", nullable = false, length = 40)
  private String assessingGroup;

  @Column(nullable = false, length = 10)
  private String impact;

  @Column(nullable = false, length = 20)
  private String recommendation;

  @Column(nullable = false, length = 4000)
  private String findings;

  @Column(name = "assessed_by", nullable = false, length = 100)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  protected VendorChangeAssessment() {}

  VendorChangeAssessment(long changeId, String assessingGroup, ChangeDecisions.Assessment assessment, String assessedBy,
      Instant assessedAt) {
    this.changeId = changeId;
    this.assessingGroup = assessingGroup;
    this.impact = assessment.impact().name();
    this.recommendation = assessment.recommendation().name();
    this.findings = assessment.findings();
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public String getAssessingGroup() { return assessingGroup; }
  public String getImpact() { return impact; }
  public String getRecommendation() { return recommendation; }
  public String getFindings() { return findings; }
  public String getAssessedBy() { return assessedBy; }
  public Instant getAssessedAt() { return assessedAt; }
}
