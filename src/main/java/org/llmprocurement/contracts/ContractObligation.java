package org.llmprocurement.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A stored {@link Obligation} of one contract; never changed after registration. */
@Entity
@Immutable
@Table(name = "contract_obligation")
class ContractObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(nullable = false, length = 60)
  private String code;

  @Column(nullable = false, length = 300)
  private String description;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(name = "requirement_title", nullable = false, length = 300)
  private String requirementTitle;

  @Column(name = "threshold_key", nullable = false, length = 60)
  private String thresholdKey;

  @Column(nullable = false, length = 60)
  private String figure;

  @Column(nullable = false, length = 30)
  private String unit;

  protected ContractObligation() {}

  ContractObligation(long contractId, Obligation o) {
    this.contractId = contractId;
    this.code = o.code();
    this.description = clip(o.description(), 300);
    this.requirementId = o.requirementId();
    this.requirementTitle = clip(o.requirementTitle(), 300);
    this.thresholdKey = o.thresholdKey();
    this.figure = clip(o.figure(), 60);
    this.unit = o.unit();
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  Obligation toRecord() {
    return new Obligation(code, description, requirementId, requirementTitle, thresholdKey, figure, unit);
  }
}
