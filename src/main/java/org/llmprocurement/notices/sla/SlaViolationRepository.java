package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SlaViolationRepository extends JpaRepository<SlaViolation, Long> {

  List<SlaViolation> findByContractIdOrderByPeriodEndAscIdAsc(Long contractId);

  Optional<SlaViolation> findByNoticeId(Long noticeId);

  Optional<SlaViolation> findByContractIdAndMetricAndSurfaceAndRegionAndPeriodStart(Long contractId, SlaMetric metric,
      Surface surface, Region region, java.time.LocalDate periodStart);

  /**
   * Locks the register entry's row until the transaction ends, so two violations of one contract
   * handled at the same moment are counted one after the other (each sees the other in its window).
   */
  @Query(value = "SELECT id FROM contract WHERE id = :id FOR UPDATE", nativeQuery = true)
  Long lockContract(@Param("id") long contractId);
}
