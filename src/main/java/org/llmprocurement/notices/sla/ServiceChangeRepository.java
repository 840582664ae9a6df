package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceChangeRepository extends JpaRepository<ServiceChange, Long> {

  @Query("select e from ServiceChange e where e.noticeId = :noticeId")
  Optional<ServiceChange> findByNoticeId(@Param("noticeId") Long noticeId);

  @Query("select e from ServiceChange e where e.contractId = :contractId order by e.id asc")
  List<ServiceChange> findByContractIdOrderByIdAsc(@Param("contractId") Long contractId);
}
