package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

  @Query("select e from CorrectiveAction e where e.incidentId = :incidentId order by e.position asc")
  List<CorrectiveAction> findByIncidentIdOrderByPositionAsc(@Param("incidentId") Long incidentId);
}
