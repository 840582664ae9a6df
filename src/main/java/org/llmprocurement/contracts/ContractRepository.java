package org.llmprocurement.contracts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {
  Optional<Contract> findByProcurementId(long procurementId);

  Optional<Contract> findByContractReference(String contractReference);

  Optional<Contract> findByBusinessKey(String businessKey);
}
