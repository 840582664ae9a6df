package org.llmprocurement.contracts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {
  @Query("select e from Contract e where e.procurementId = :procurementId")
  Optional<Contract> findByProcurementId(@Param("procurementId") long procurementId);

  @Query("select e from Contract e where e.contractReference = :contractReference")
  Optional<Contract> findByContractReference(@Param("contractReference") String contractReference);

  @Query("select e from Contract e where e.businessKey = :businessKey")
  Optional<Contract> findByBusinessKey(@Param("businessKey") String businessKey);
}
