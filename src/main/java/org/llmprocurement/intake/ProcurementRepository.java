package org.llmprocurement.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcurementRepository extends JpaRepository<Procurement, Long> {
  Optional<Procurement> findByProcessInstanceId(String processInstanceId);
}
