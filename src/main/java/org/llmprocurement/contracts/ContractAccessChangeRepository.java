package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractAccessChangeRepository extends JpaRepository<ContractAccessChange, Long> {
  @Query("select e from ContractAccessChange e where e.contractId = :contractId order by e.id asc")
  List<ContractAccessChange> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
