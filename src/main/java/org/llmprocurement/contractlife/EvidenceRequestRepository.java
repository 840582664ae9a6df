package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRequestRepository extends JpaRepository<EvidenceRequest, Long> {

  List<EvidenceRequest> findByContractIdOrderByIdAsc(long contractId);
}
