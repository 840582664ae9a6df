package org.llmprocurement.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

  List<ReviewItem> findByProcurementIdOrderByIdAsc(Long procurementId);

  List<ReviewItem> findByProcurementIdAndOwnerRoleOrderByIdAsc(Long procurementId, String ownerRole);

  Optional<ReviewItem> findByProcurementIdAndRequirementId(Long procurementId, String requirementId);

  /**
   * Per procurement of {@code procurementIds}: how many of its review items stand at one of
   * {@code statuses}; rows of [procurement id (Long), count (Long)], procurements without any left out.
   */
  @org.springframework.data.jpa.repository.Query("select i.procurementId, count(i) from ReviewItem i"
      + " where i.procurementId in :ids and i.status in :statuses group by i.procurementId")
  List<Object[]> countByProcurementAndStatus(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> procurementIds,
      @org.springframework.data.repository.query.Param("statuses") java.util.Collection<ReviewStatus> statuses);
}
