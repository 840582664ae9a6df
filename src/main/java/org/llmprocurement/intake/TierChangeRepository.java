package org.llmprocurement.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierChangeRepository extends JpaRepository<TierChange, Long> {
  List<TierChange> findByProcurementIdOrderByIdAsc(Long procurementId);

  Optional<TierChange> findFirstByProcurementIdAndStatusOrderByIdDesc(Long procurementId, TierChange.Status status);
}
