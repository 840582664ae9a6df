package org.llmprocurement.contractlife;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PilotPromotionRepository extends JpaRepository<PilotPromotion, Long> {
  Optional<PilotPromotion> findFirstByContractIdAndEndedAtIsNullOrderByIdDesc(long contractId);

  List<PilotPromotion> findByContractIdOrderByIdAsc(long contractId);
}
