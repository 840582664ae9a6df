package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentUpdateRepository extends JpaRepository<IncidentUpdate, Long> {

  List<IncidentUpdate> findByIncidentIdOrderByIdAsc(Long incidentId);
}
