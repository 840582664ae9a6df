package org.llmprocurement.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractExitRepository extends JpaRepository<ContractExit, Long> {

  Optional<ContractExit> findByOpenContractId(long contractId);

  List<ContractExit> findByContractIdOrderByIdDesc(long contractId);
}
