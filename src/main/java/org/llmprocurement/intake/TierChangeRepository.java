package org.llmprocurement.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TierChangeRepository extends JpaRepository<TierChange, Long> {
  @Query("select e from TierChange e where e.procurementId = :procurementId order by e.id asc")
  List<TierChange> findByProcurementIdOrderByIdAsc(@Param("procurementId") Long procurementId);

  @Query("select e from TierChange e where e.procurementId = :procurementId and e.status = :status"
      + " order by e.id desc limit 1")
  Optional<TierChange> findFirstByProcurementIdAndStatusOrderByIdDesc(@Param("procurementId") Long procurementId,
      @Param("status") TierChange.Status status);
}
