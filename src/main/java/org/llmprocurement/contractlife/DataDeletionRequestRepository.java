package org.llmprocurement.contractlife;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataDeletionRequestRepository extends JpaRepository<DataDeletionRequest, Long> {

  List<DataDeletionRequest> findByContractIdOrderByIdAsc(Long contractId);

  Optional<DataDeletionRequest> findByProcessInstanceId(String processInstanceId);

  boolean existsByContractIdAndDataSetNameKeyAndStatusIn(Long contractId, String dataSetNameKey,
      Collection<DeletionStatus> statuses);
}
