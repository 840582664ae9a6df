package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRequestRepository extends JpaRepository<EvidenceRequest, Long> {

  @Query("select e from EvidenceRequest e where e.contractId = :contractId order by e.id asc")
  List<EvidenceRequest> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
