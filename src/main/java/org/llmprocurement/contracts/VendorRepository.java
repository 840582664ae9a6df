package org.llmprocurement.contracts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorRepository extends JpaRepository<Vendor, Long> {
  Optional<Vendor> findByLei(String lei);

  Optional<Vendor> findByLegalNameKey(String legalNameKey);
}
