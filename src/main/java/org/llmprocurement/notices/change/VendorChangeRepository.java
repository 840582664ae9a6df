package org.llmprocurement.notices.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorChangeRepository extends JpaRepository<VendorChange, Long> {

  @Query("select e from VendorChange e where e.noticeId = :noticeId")
  Optional<VendorChange> findByNoticeId(@Param("noticeId") long noticeId);

  @Query("select e from VendorChange e where e.contractId = :contractId order by e.id asc")
  List<VendorChange> findByContractIdOrderByIdAsc(@Param("contractId") long contractId);
}
