package org.llmprocurement.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewOutcomeRepository extends JpaRepository<ReviewOutcome, Long> {
  Optional<ReviewOutcome> findFirstByProcurementIdOrderByIdDesc(Long procurementId);
}
