package org.llmprocurement.notices.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorChangeAssessmentRepository extends JpaRepository<VendorChangeAssessment, Long> {

  @Query("select e from VendorChangeAssessment e where e.changeId = :changeId order by e.id asc")
  List<VendorChangeAssessment> findByChangeIdOrderByIdAsc(@Param("changeId") long changeId);

  @Query("select case when count(e) > 0 then true else false end from VendorChangeAssessment e"
      + " where e.changeId = :changeId and e.assessingGroup = :assessingGroup")
  boolean existsByChangeIdAndAssessingGroup(@Param("changeId") long changeId,
      @Param("assessingGroup") String assessingGroup);
}
