package org.llmprocurement.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.query.Param;

public interface ProcurementRepository extends JpaRepository<Procurement, Long>, JpaSpecificationExecutor<Procurement> {
  @Query("select e from Procurement e where e.processInstanceId = :processInstanceId")
  Optional<Procurement> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

  @Query("select e from Procurement e where e.businessKey = :businessKey")
  Optional<Procurement> findByBusinessKey(@Param("businessKey") String businessKey);
}
