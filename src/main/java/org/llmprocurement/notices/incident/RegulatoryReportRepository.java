package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegulatoryReportRepository extends JpaRepository<RegulatoryReport, Long> {

  List<RegulatoryReport> findByIncidentIdOrderByIdAsc(Long incidentId);

  List<RegulatoryReport> findByIncidentIdAndRegimeOrderByPositionAsc(Long incidentId, RegulatoryRules.Regime regime);
}
