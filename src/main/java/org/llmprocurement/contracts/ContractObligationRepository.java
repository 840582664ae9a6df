package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractObligationRepository extends JpaRepository<ContractObligation, Long> {
  List<ContractObligation> findByContractIdOrderByIdAsc(long contractId);
}
