package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAmendmentRepository extends JpaRepository<ContractAmendment, Long> {
  List<ContractAmendment> findByContractIdOrderByVersionAsc(long contractId);
}
