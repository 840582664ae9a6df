package org.llmprocurement.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The particulars procurement recorded for a procurement's contract, waiting to be registered. */
@Entity
@Table(name = "contract_particulars")
class RecordedParticulars {

  @Id
  @Column(name = "procurement_id")
  private Long procurementId;

  @Column(nullable = false, length = 100000)
  private String particulars;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected RecordedParticulars() {}

  RecordedParticulars(long procurementId) {
    this.procurementId = procurementId;
  }

  void record(ContractParticulars particulars, String recordedBy, Instant at) {
    this.particulars = Json.write(particulars);
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  ContractParticulars particulars() {
    return Json.read(particulars, ContractParticulars.class);
  }

  String recordedBy() {
    return recordedBy;
  }
}
