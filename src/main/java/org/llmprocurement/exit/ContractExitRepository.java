package org.llmprocurement.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractExitRepository extends JpaRepository<ContractExit, Long> {

  @Query("select e from ContractExit e where e.openContractId = :contractId")
  Optional<ContractExit> findByOpenContractId(@Param("contractId") long contractId);

  @Query("select e from ContractExit e where e.contractId = :contractId order by e.id desc")
  List<ContractExit> findByContractIdOrderByIdDesc(@Param("contractId") long contractId);
}
