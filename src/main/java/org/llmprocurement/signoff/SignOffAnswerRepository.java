package org.llmprocurement.signoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffAnswerRepository extends JpaRepository<SignOffAnswer, Long> {
  List<SignOffAnswer> findBySignOffIdOrderByIdAsc(Long signOffId);

  Optional<SignOffAnswer> findBySignOffIdAndQuestion(Long signOffId, Question question);
}
