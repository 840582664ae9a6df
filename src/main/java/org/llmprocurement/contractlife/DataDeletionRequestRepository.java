package org.llmprocurement.contractlife;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DataDeletionRequestRepository extends JpaRepository<DataDeletionRequest, Long> {

  @Query("select e from DataDeletionRequest e where e.contractId = :contractId order by e.id asc")
  List<DataDeletionRequest> findByContractIdOrderByIdAsc(@Param("contractId") Long contractId);

  @Query("select e from DataDeletionRequest e where e.processInstanceId = :processInstanceId")
  Optional<DataDeletionRequest> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

  @Query("select case when count(e) > 0 then true else false end from DataDeletionRequest e"
      + " where e.contractId = :contractId and e.dataSetNameKey = :dataSetNameKey and e.status in :statuses")
  boolean existsByContractIdAndDataSetNameKeyAndStatusIn(@Param("contractId") Long contractId,
      @Param("dataSetNameKey") String dataSetNameKey,
      @Param("statuses") Collection<DeletionStatus> statuses);
}
