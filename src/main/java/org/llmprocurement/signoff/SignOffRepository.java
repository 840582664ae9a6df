package org.llmprocurement.signoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignOffRepository extends JpaRepository<SignOff, Long> {
  @Query("select e from SignOff e where e.procurementId = :procurementId order by e.round asc")
  List<SignOff> findByProcurementIdOrderByRoundAsc(@Param("procurementId") Long procurementId);

  @Query("select e from SignOff e where e.procurementId = :procurementId order by e.round desc limit 1")
  Optional<SignOff> findFirstByProcurementIdOrderByRoundDesc(@Param("procurementId") Long procurementId);
}
