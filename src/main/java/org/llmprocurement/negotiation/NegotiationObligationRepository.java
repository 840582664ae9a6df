package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationObligationRepository extends JpaRepository<NegotiationObligation, Long> {
  List<NegotiationObligation> findByProcurementIdOrderByIdAsc(Long procurementId);
}
