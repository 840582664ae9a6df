package org.llmprocurement.signoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignOffDecisionRepository extends JpaRepository<SignOffDecision, Long> {
  @Query("select e from SignOffDecision e where e.signOffId = :signOffId order by e.id asc")
  List<SignOffDecision> findBySignOffIdOrderByIdAsc(@Param("signOffId") Long signOffId);
}
