package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SlaViolationRepository extends JpaRepository<SlaViolation, Long> {

  @Query("select e from SlaViolation e where e.contractId = :contractId order by e.periodEnd asc, e.id asc")
  List<SlaViolation> findByContractIdOrderByPeriodEndAscIdAsc(@Param("contractId") Long contractId);

  @Query("select e from SlaViolation e where e.noticeId = :noticeId")
  Optional<SlaViolation> findByNoticeId(@Param("noticeId") Long noticeId);

  @Query("select e from SlaViolation e where e.contractId = :contractId and e.metric = :metric"
      + " and e.surface = :surface and e.region = :region and e.periodStart = :periodStart")
  Optional<SlaViolation> findByContractIdAndMetricAndSurfaceAndRegionAndPeriodStart(@Param("contractId") Long contractId,
      @Param("metric") SlaMetric metric,
      @Param("surface") Surface surface,
      @Param("region") Region region,
      @Param("periodStart") java.time.LocalDate periodStart);

  /**
   * Locks the register entry's row until the transaction ends, so two violations of one contract
   * handled at the same moment are counted one after the other (each sees the other in its window).
   */
  @Query(value = "SELECT id FROM contract WHERE id = :id FOR UPDATE", nativeQuery = true)
  Long lockContract(@Param("id") long contractId);
}
