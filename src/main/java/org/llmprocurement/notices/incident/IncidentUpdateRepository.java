package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentUpdateRepository extends JpaRepository<IncidentUpdate, Long> {

  @Query("select e from IncidentUpdate e where e.incidentId = :incidentId order by e.id asc")
  List<IncidentUpdate> findByIncidentIdOrderByIdAsc(@Param("incidentId") Long incidentId);
}
