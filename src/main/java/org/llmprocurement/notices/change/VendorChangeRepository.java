package org.llmprocurement.notices.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorChangeRepository extends JpaRepository<VendorChange, Long> {

  Optional<VendorChange> findByNoticeId(long noticeId);

  List<VendorChange> findByContractIdOrderByIdAsc(long contractId);
}
