package org.llmprocurement.notices.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityIncidentRepository extends JpaRepository<SecurityIncident, Long> {

  List<SecurityIncident> findByContractIdOrderByIdAsc(Long contractId);

  Optional<SecurityIncident> findByNoticeId(Long noticeId);

  Optional<SecurityIncident> findFirstByVendorIdAndVendorNoticeIdOrderByIdAsc(Long vendorId, String vendorNoticeId);
}
