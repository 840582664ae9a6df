package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationItemRepository extends JpaRepository<NegotiationItem, Long> {
  List<NegotiationItem> findByRoundIdOrderByIdAsc(Long roundId);

  List<NegotiationItem> findByProcurementIdAndRequirementIdOrderByIdAsc(Long procurementId, String requirementId);
}
