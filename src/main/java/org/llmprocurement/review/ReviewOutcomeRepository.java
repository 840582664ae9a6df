package org.llmprocurement.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewOutcomeRepository extends JpaRepository<ReviewOutcome, Long> {
  @Query("select e from ReviewOutcome e where e.procurementId = :procurementId order by e.id desc limit 1")
  Optional<ReviewOutcome> findFirstByProcurementIdOrderByIdDesc(@Param("procurementId") Long procurementId);
}
