package org.llmprocurement.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {
  List<NegotiationRound> findByProcurementIdOrderByRoundNumberAsc(Long procurementId);

  Optional<NegotiationRound> findFirstByProcurementIdOrderByRoundNumberDesc(Long procurementId);
}
