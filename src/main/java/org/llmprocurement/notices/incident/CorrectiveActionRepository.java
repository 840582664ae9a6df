package org.llmprocurement.notices.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

  List<CorrectiveAction> findByIncidentIdOrderByPositionAsc(Long incidentId);
}
