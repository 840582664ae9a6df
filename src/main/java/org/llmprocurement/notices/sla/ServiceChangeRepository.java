package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceChangeRepository extends JpaRepository<ServiceChange, Long> {

  Optional<ServiceChange> findByNoticeId(Long noticeId);

  List<ServiceChange> findByContractIdOrderByIdAsc(Long contractId);
}
