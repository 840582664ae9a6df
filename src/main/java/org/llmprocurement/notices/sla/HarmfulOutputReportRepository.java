package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HarmfulOutputReportRepository extends JpaRepository<HarmfulOutputReport, Long> {

  Optional<HarmfulOutputReport> findByNoticeId(Long noticeId);

  List<HarmfulOutputReport> findByContractIdOrderByIdAsc(Long contractId);
}
