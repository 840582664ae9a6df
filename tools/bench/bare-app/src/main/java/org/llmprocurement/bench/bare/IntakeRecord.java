package org.llmprocurement.bench.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The row a start writes through JPA, standing in for the product's procurement row. */
@Entity
public class IntakeRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String processInstanceId;
  private String title;
  private String vendor;
  private String riskTier;
  private Instant createdAt;

  protected IntakeRecord() {}

  IntakeRecord(String processInstanceId, String title, String vendor, String riskTier) {
    this.processInstanceId = processInstanceId;
    this.title = title;
    this.vendor = vendor;
    this.riskTier = riskTier;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }
}
