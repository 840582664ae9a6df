package org.llmprocurement.contractlife;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenewalAssessmentRepository extends JpaRepository<RenewalAssessment, Long> {
  @Query("select e from RenewalAssessment e where e.reviewId = :reviewId order by e.id asc")
  List<RenewalAssessment> findByReviewIdOrderByIdAsc(@Param("reviewId") long reviewId);

  @Query("select e from RenewalAssessment e where e.reviewId = :reviewId and e.role = :role")
  Optional<RenewalAssessment> findByReviewIdAndRole(@Param("reviewId") long reviewId, @Param("role") String role);
}
