package org.llmprocurement.signoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffItemRepository extends JpaRepository<SignOffItem, Long> {
  List<SignOffItem> findBySignOffIdOrderByIdAsc(Long signOffId);
}
