package org.llmprocurement.contracts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorRepository extends JpaRepository<Vendor, Long> {
  @Query("select e from Vendor e where e.lei = :lei")
  Optional<Vendor> findByLei(@Param("lei") String lei);

  @Query("select e from Vendor e where e.legalNameKey = :legalNameKey")
  Optional<Vendor> findByLegalNameKey(@Param("legalNameKey") String legalNameKey);
}
