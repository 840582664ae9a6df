package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRecordRepository extends JpaRepository<EvidenceRecord, Long> {

  List<EvidenceRecord> findByContractIdOrderByIdAsc(long contractId);
}
