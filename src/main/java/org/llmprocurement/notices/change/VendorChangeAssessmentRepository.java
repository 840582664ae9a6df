package org.llmprocurement.notices.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorChangeAssessmentRepository extends JpaRepository<VendorChangeAssessment, Long> {

  List<VendorChangeAssessment> findByChangeIdOrderByIdAsc(long changeId);

  boolean existsByChangeIdAndAssessingGroup(long changeId, String assessingGroup);
}
