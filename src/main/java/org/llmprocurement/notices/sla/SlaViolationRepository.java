package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaViolationRepository extends JpaRepository<SlaViolation, Long> {

  List<SlaViolation> findByContractIdOrderByPeriodEndAscIdAsc(Long contractId);

  Optional<SlaViolation> findByNoticeId(Long noticeId);

  Optional<SlaViolation> findByContractIdAndMetricAndSurfaceAndRegionAndPeriodStart(Long contractId, SlaMetric metric,
      Surface surface, Region region, java.time.LocalDate periodStart);
}
