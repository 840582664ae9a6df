package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRecordRepository extends JpaRepository<EvidenceRecord, Long> {

  @Query("select e from EvidenceRecord e where e.contractId = :contractId order by e.id asc")
  List<EvidenceRecord> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
