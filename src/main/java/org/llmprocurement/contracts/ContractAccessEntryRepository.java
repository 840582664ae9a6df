package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractAccessEntryRepository extends JpaRepository<ContractAccessEntry, Long> {
  @Query("select e from ContractAccessEntry e where e.contractId = :contractId order by e.id asc")
  List<ContractAccessEntry> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
