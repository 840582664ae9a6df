package org.llmprocurement.notices.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecurityIncidentRepository extends JpaRepository<SecurityIncident, Long> {

  @Query("select e from SecurityIncident e where e.contractId = :contractId order by e.id asc")
  List<SecurityIncident> findByContractIdOrderByIdAsc(@Param("contractId") Long contractId);

  @Query("select e from SecurityIncident e where e.noticeId = :noticeId")
  Optional<SecurityIncident> findByNoticeId(@Param("noticeId") Long noticeId);

  @Query("select e from SecurityIncident e where e.vendorId = :vendorId and e.vendorNoticeId = :vendorNoticeId"
      + " order by e.id asc limit 1")
  Optional<SecurityIncident> findFirstByVendorIdAndVendorNoticeIdOrderByIdAsc(@Param("vendorId") Long vendorId,
      @Param("vendorNoticeId") String vendorNoticeId);
}
