package org.llmprocurement.signoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffDecisionRepository extends JpaRepository<SignOffDecision, Long> {
  List<SignOffDecision> findBySignOffIdOrderByIdAsc(Long signOffId);
}
