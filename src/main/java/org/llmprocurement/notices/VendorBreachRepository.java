package org.llmprocurement.notices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorBreachRepository extends JpaRepository<VendorBreach, Long> {

  List<VendorBreach> findByContractIdOrderByOccurredAtDescIdDesc(Long contractId);

  long countByContractIdAndKindAndOccurredAtGreaterThanEqual(Long contractId, BreachKind kind, Instant since);
}
