package org.llmprocurement.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAccessEntryRepository extends JpaRepository<ContractAccessEntry, Long> {
  List<ContractAccessEntry> findByContractIdOrderByIdAsc(long contractId);
}
