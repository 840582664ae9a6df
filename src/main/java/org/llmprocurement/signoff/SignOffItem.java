package org.llmprocurement.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How one review item stood when its round was signed, who signed for its function, and who
 * approved its waiver or disputed finding or accepted it as risk.
 */
@Entity
@Table(name = "sign_off_item")
class SignOffItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sign_off_id", nullable = false)
  private Long signOffId;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(name = "owner_function", nullable = false, length = 40)
  private String ownerFunction;

  @Column(name = "settled_as", nullable = false, length = 30)
  private String settledAs;

  @Column(name = "approval_kind", length = 20)
  private String approvalKind;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "risk_accepted_by", length = 100)
  private String riskAcceptedBy;

  @Column(name = "risk_expires_on")
  private LocalDate riskExpiresOn;

  @Column(name = "signed_by", nullable = false, length = 100)
  private String signedBy;

  protected SignOffItem() {}

  SignOffItem(long signOffId, SignOffs.ItemRecord item) {
    this.signOffId = signOffId;
    this.requirementId = item.requirementId();
    this.ownerFunction = item.ownerFunction();
    this.settledAs = item.settledAs();
    this.approvalKind = item.approvalKind();
    this.approvedBy = item.approvedBy();
    this.approvedAt = item.approvedAt();
    this.riskAcceptedBy = item.riskAcceptedBy();
    this.riskExpiresOn = item.riskExpiresOn();
    this.signedBy = item.signedBy();
  }

  SignOffs.ItemRecord toRecord() {
    return new SignOffs.ItemRecord(requirementId, ownerFunction, settledAs, approvalKind, approvedBy, approvedAt, riskAcceptedBy,
        riskExpiresOn, signedBy);
  }

}
