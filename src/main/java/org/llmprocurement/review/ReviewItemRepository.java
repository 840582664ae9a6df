package org.llmprocurement.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The review items. The reads a review task's form and completion make are JPQL strings rather
 * than queries derived from the method names: Hibernate 6.6 keeps a JPQL string's translation to
 * SQL in its query plan cache, but not a criteria query's, which is what Spring Data JPA 3 builds
 * for a derived query, so that one is translated again on every call (a tenth of the review
 * guard's CPU in a profile of the benchmark, issue 14).
 */
public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

  /** The procurement's items, every round and role, in the order they were created. */
  @Query("select i from ReviewItem i where i.procurementId = :procurementId order by i.id asc")
  List<ReviewItem> findByProcurementIdOrderByIdAsc(@Param("procurementId") Long procurementId);

  /** One role's items of the procurement, in the order they were created. */
  @Query("select i from ReviewItem i where i.procurementId = :procurementId and i.ownerRole = :ownerRole order by i.id asc")
  List<ReviewItem> findByProcurementIdAndOwnerRoleOrderByIdAsc(@Param("procurementId") Long procurementId,
      @Param("ownerRole") String ownerRole);

  /** The procurement's item of one requirement. */
  @Query("select i from ReviewItem i where i.procurementId = :procurementId and i.requirementId = :requirementId")
  Optional<ReviewItem> findByProcurementIdAndRequirementId(@Param("procurementId") Long procurementId,
      @Param("requirementId") String requirementId);

  /**
   * Per procurement of {@code procurementIds}: how many of its review items stand at one of
   * {@code statuses}; rows of [procurement id (Long), count (Long)], procurements without any left out.
   */
  @Query("select i.procurementId, count(i) from ReviewItem i"
      + " where i.procurementId in :ids and i.status in :statuses group by i.procurementId")
  List<Object[]> countByProcurementAndStatus(@Param("ids") Collection<Long> procurementIds,
      @Param("statuses") Collection<ReviewStatus> statuses);
}
