package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NegotiationItemRepository extends JpaRepository<NegotiationItem, Long> {
  @Query("select e from NegotiationItem e where e.roundId = :roundId order by e.id asc")
  List<NegotiationItem> findByRoundIdOrderByIdAsc(@Param("roundId") Long roundId);

  @Query("select e from NegotiationItem e where e.procurementId = :procurementId"
      + " and e.requirementId = :requirementId order by e.id asc")
  List<NegotiationItem> findByProcurementIdAndRequirementIdOrderByIdAsc(@Param("procurementId") Long procurementId,
      @Param("requirementId") String requirementId);
}
