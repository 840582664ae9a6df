package org.llmprocurement.notices;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.llmprocurement.contracts.Vendor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads vendor records of the register for the secret administration; writes none. */
interface VendorLookup extends Repository<Vendor, Long> {

  boolean existsById(Long id);

  /** The vendor, its row locked until the transaction ends: two secret changes of one vendor queue up. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from Vendor v where v.id = :id")
  Optional<Vendor> lockById(@Param("id") Long id);
}
