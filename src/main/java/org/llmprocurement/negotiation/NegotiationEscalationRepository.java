package org.llmprocurement.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationEscalationRepository extends JpaRepository<NegotiationEscalation, Long> {
  List<NegotiationEscalation> findByProcurementIdOrderByIdAsc(Long procurementId);

  Optional<NegotiationEscalation> findFirstByProcurementIdOrderByIdDesc(Long procurementId);
}
