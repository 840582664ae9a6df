package org.llmprocurement.contractlife;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalAssessmentRepository extends JpaRepository<RenewalAssessment, Long> {
  List<RenewalAssessment> findByReviewIdOrderByIdAsc(long reviewId);

  Optional<RenewalAssessment> findByReviewIdAndRole(long reviewId, String role);
}
