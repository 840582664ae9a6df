package org.llmprocurement.notices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorNoticeRepository extends JpaRepository<VendorNotice, Long> {

  Optional<VendorNotice> findByVendorIdAndVendorNoticeId(Long vendorId, String vendorNoticeId);

  List<VendorNotice> findByContractIdOrderByReceivedAtDescIdDesc(Long contractId);
}
