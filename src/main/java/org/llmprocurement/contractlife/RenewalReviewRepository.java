package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenewalReviewRepository extends JpaRepository<RenewalReview, Long> {
  @Query("select e from RenewalReview e where e.contractId = :contractId order by e.id asc")
  List<RenewalReview> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
