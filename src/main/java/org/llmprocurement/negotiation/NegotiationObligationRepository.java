package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NegotiationObligationRepository extends JpaRepository<NegotiationObligation, Long> {
  @Query("select e from NegotiationObligation e where e.procurementId = :procurementId order by e.id asc")
  List<NegotiationObligation> findByProcurementIdOrderByIdAsc(@Param("procurementId") Long procurementId);
}
