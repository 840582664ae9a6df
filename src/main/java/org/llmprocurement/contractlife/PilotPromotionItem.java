package org.llmprocurement.contractlife;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A requirement added or made stricter at the production tier since the pilot was signed
 * ({@code CatalogueChanges}), kept with the promotion review. Its owner re-decides it through the
 * clause review; {@link #isUnderReview()} is false when the requirement is not in the catalogue
 * version the procurement is pinned to (it cannot be reviewed through the procurement's items).
 */
@Entity
@Table(name = "pilot_promotion_item")
public class PilotPromotionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "promotion_id", nullable = false)
  private Long promotionId;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "change_kind", nullable = false, length = 20)
  private String changeKind;

  @Column(nullable = false, length = 4000)
  private String detail;

  @Column(name = "owner_role", nullable = false, length = 40)
  private String ownerRole;

  /** {@code UNDER_REVIEW} (reopened for its owner) or {@code NOT_IN_PINNED_CATALOGUE}. */
  @Column(name = "review_state", nullable = false, length = 30)
  private String reviewState;

  protected PilotPromotionItem() {}

  PilotPromotionItem(long promotionId, String requirementId, String title, String changeKind, String detail,
      String ownerRole, boolean underReview) {
    this.promotionId = promotionId;
    this.requirementId = requirementId;
    this.title = title;
    this.changeKind = changeKind;
    this.detail = detail;
    this.ownerRole = ownerRole;
    this.reviewState = underReview ? "UNDER_REVIEW" : "NOT_IN_PINNED_CATALOGUE";
  }

  public Long getId() { return id; }
  public Long getPromotionId() { return promotionId; }
  public String getRequirementId() { return requirementId; }
  public String getTitle() { return title; }
  /** {@code ADDED} or {@code STRICTER}. */
  public String getChangeKind() { return changeKind; }
  /** What changed, one line per detail, joined by newlines. */
  public String getDetail() { return detail; }
  public String getOwnerRole() { return ownerRole; }
  public boolean isUnderReview() { return "UNDER_REVIEW".equals(reviewState); }
  /** {@code UNDER_REVIEW} or {@code NOT_IN_PINNED_CATALOGUE}: see the class. */
  public String getReviewState() { return reviewState; }
}
