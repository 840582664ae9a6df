package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalReviewRepository extends JpaRepository<RenewalReview, Long> {
  List<RenewalReview> findByContractIdOrderByIdAsc(long contractId);
}
