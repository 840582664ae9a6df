package org.llmprocurement.contractlife;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PilotPromotionRepository extends JpaRepository<PilotPromotion, Long> {
  @Query("select e from PilotPromotion e where e.contractId = :contractId and e.endedAt is null"
      + " order by e.id desc limit 1")
  Optional<PilotPromotion> findFirstByContractIdAndEndedAtIsNullOrderByIdDesc(@Param("contractId") long contractId);

  @Query("select e from PilotPromotion e where e.contractId = :contractId order by e.id asc")
  List<PilotPromotion> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
