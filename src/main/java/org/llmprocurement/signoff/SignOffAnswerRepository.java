package org.llmprocurement.signoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignOffAnswerRepository extends JpaRepository<SignOffAnswer, Long> {
  @Query("select e from SignOffAnswer e where e.signOffId = :signOffId order by e.id asc")
  List<SignOffAnswer> findBySignOffIdOrderByIdAsc(@Param("signOffId") Long signOffId);

  @Query("select e from SignOffAnswer e where e.signOffId = :signOffId and e.question = :question")
  Optional<SignOffAnswer> findBySignOffIdAndQuestion(@Param("signOffId") Long signOffId,
      @Param("question") Question question);
}
