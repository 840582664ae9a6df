package org.llmprocurement.signoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {
  List<SignOff> findByProcurementIdOrderByRoundAsc(Long procurementId);

  Optional<SignOff> findFirstByProcurementIdOrderByRoundDesc(Long procurementId);
}
