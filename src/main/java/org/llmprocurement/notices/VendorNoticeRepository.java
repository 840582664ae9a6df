package org.llmprocurement.notices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorNoticeRepository extends JpaRepository<VendorNotice, Long> {

  @Query("select e from VendorNotice e where e.vendorId = :vendorId and e.vendorNoticeId = :vendorNoticeId")
  Optional<VendorNotice> findByVendorIdAndVendorNoticeId(@Param("vendorId") Long vendorId,
      @Param("vendorNoticeId") String vendorNoticeId);

  @Query("select e from VendorNotice e where e.contractId = :contractId order by e.receivedAt desc, e.id desc")
  List<VendorNotice> findByContractIdOrderByReceivedAtDescIdDesc(@Param("contractId") Long contractId);
}
