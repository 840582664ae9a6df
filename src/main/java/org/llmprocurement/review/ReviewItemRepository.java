package org.llmprocurement.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

  List<ReviewItem> findByProcurementIdOrderByIdAsc(Long procurementId);

  List<ReviewItem> findByProcurementIdAndOwnerRoleOrderByIdAsc(Long procurementId, String ownerRole);

  Optional<ReviewItem> findByProcurementIdAndRequirementId(Long procurementId, String requirementId);
}
