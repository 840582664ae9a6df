package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegulatoryReportRepository extends JpaRepository<RegulatoryReport, Long> {

  @Query("select e from RegulatoryReport e where e.incidentId = :incidentId order by e.id asc")
  List<RegulatoryReport> findByIncidentIdOrderByIdAsc(@Param("incidentId") Long incidentId);

  @Query("select e from RegulatoryReport e where e.incidentId = :incidentId and e.regime = :regime"
      + " order by e.position asc")
  List<RegulatoryReport> findByIncidentIdAndRegimeOrderByPositionAsc(@Param("incidentId") Long incidentId,
      @Param("regime") RegulatoryRules.Regime regime);
}
