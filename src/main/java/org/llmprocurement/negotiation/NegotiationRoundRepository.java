package org.llmprocurement.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {
  @Query("select e from NegotiationRound e where e.procurementId = :procurementId order by e.roundNumber asc")
  List<NegotiationRound> findByProcurementIdOrderByRoundNumberAsc(@Param("procurementId") Long procurementId);

  @Query("select e from NegotiationRound e where e.procurementId = :procurementId order by e.roundNumber desc limit 1")
  Optional<NegotiationRound> findFirstByProcurementIdOrderByRoundNumberDesc(@Param("procurementId") Long procurementId);
}
