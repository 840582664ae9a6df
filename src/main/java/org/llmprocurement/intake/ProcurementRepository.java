package org.llmprocurement.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProcurementRepository extends JpaRepository<Procurement, Long>, JpaSpecificationExecutor<Procurement> {
  Optional<Procurement> findByProcessInstanceId(String processInstanceId);

  Optional<Procurement> findByBusinessKey(String businessKey);
}
