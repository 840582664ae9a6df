package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HarmfulOutputReportRepository extends JpaRepository<HarmfulOutputReport, Long> {

  @Query("select e from HarmfulOutputReport e where e.noticeId = :noticeId")
  Optional<HarmfulOutputReport> findByNoticeId(@Param("noticeId") Long noticeId);

  @Query("select e from HarmfulOutputReport e where e.contractId = :contractId order by e.id asc")
  List<HarmfulOutputReport> findByContractIdOrderByIdAsc(@Param("contractId") Long contractId);
}
