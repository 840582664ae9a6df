package org.llmprocurement.notices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorSecretRepository extends JpaRepository<VendorSecret, Long> {

  @Query("select e from VendorSecret e where e.vendorId = :vendorId order by e.createdAt desc, e.id desc")
  List<VendorSecret> findByVendorIdOrderByCreatedAtDescIdDesc(@Param("vendorId") long vendorId);

  @Query("select e from VendorSecret e where e.vendorId = :vendorId and e.retiredAt is null"
      + " order by e.createdAt asc, e.id asc")
  List<VendorSecret> findByVendorIdAndRetiredAtIsNullOrderByCreatedAtAscIdAsc(@Param("vendorId") long vendorId);
}
