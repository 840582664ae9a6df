package org.llmprocurement.notices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorBreachRepository extends JpaRepository<VendorBreach, Long> {

  @Query("select e from VendorBreach e where e.contractId = :contractId order by e.occurredAt desc, e.id desc")
  List<VendorBreach> findByContractIdOrderByOccurredAtDescIdDesc(@Param("contractId") Long contractId);

  @Query("select count(e) from VendorBreach e where e.contractId = :contractId and e.kind = :kind"
      + " and e.occurredAt >= :since")
  long countByContractIdAndKindAndOccurredAtGreaterThanEqual(@Param("contractId") Long contractId,
      @Param("kind") BreachKind kind,
      @Param("since") Instant since);
}
