package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AcceptedRiskRepository extends JpaRepository<AcceptedRiskEntity, Long> {
  List<AcceptedRiskEntity> findByProcurementIdOrderByRequirementId(Long procurementId);

  boolean existsByProcurementIdAndRequirementId(Long procurementId, String requirementId);
}
