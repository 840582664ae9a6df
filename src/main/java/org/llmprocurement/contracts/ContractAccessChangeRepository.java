package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAccessChangeRepository extends JpaRepository<ContractAccessChange, Long> {
  List<ContractAccessChange> findByContractIdOrderByIdAsc(long contractId);
}
