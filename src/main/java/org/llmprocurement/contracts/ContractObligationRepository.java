package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractObligationRepository extends JpaRepository<ContractObligation, Long> {
  @Query("select e from ContractObligation e where e.contractId = :contractId order by e.id asc")
  List<ContractObligation> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
