package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AcceptedRiskRepository extends JpaRepository<AcceptedRiskEntity, Long> {
  @Query("select e from AcceptedRiskEntity e where e.procurementId = :procurementId order by e.requirementId asc")
  List<AcceptedRiskEntity> findByProcurementIdOrderByRequirementId(@Param("procurementId") Long procurementId);

  @Query("select case when count(e) > 0 then true else false end from AcceptedRiskEntity e"
      + " where e.procurementId = :procurementId and e.requirementId = :requirementId")
  boolean existsByProcurementIdAndRequirementId(@Param("procurementId") Long procurementId,
      @Param("requirementId") String requirementId);
}
