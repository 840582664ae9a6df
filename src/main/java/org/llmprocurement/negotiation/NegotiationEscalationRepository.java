package org.llmprocurement.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NegotiationEscalationRepository extends JpaRepository<NegotiationEscalation, Long> {
  @Query("select e from NegotiationEscalation e where e.procurementId = :procurementId order by e.id asc")
  List<NegotiationEscalation> findByProcurementIdOrderByIdAsc(@Param("procurementId") Long procurementId);

  @Query("select e from NegotiationEscalation e where e.procurementId = :procurementId order by e.id desc limit 1")
  Optional<NegotiationEscalation> findFirstByProcurementIdOrderByIdDesc(@Param("procurementId") Long procurementId);
}
