package org.llmprocurement.signoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignOffItemRepository extends JpaRepository<SignOffItem, Long> {
  @Query("select e from SignOffItem e where e.signOffId = :signOffId order by e.id asc")
  List<SignOffItem> findBySignOffIdOrderByIdAsc(@Param("signOffId") Long signOffId);
}
