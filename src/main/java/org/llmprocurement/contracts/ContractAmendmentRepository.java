package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractAmendmentRepository extends JpaRepository<ContractAmendment, Long> {
  @Query("select e from ContractAmendment e where e.contractId = :contractId order by e.version asc")
  List<ContractAmendment> findByContractIdOrderByVersionAsc(@Param("contractId") long contractId);
}
