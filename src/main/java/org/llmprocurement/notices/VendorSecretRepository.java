package org.llmprocurement.notices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorSecretRepository extends JpaRepository<VendorSecret, Long> {

  List<VendorSecret> findByVendorIdOrderByCreatedAtDescIdDesc(long vendorId);

  List<VendorSecret> findByVendorIdAndRetiredAtIsNullOrderByCreatedAtAscIdAsc(long vendorId);
}
