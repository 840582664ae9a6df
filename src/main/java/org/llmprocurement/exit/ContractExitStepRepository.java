package org.llmprocurement.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractExitStepRepository extends JpaRepository<ContractExitStep, Long> {

  @Query("select e from ContractExitStep e where e.exitId = :exitId order by e.id asc")
  List<ContractExitStep> findByExitIdOrderByIdAsc(@Param("exitId") long exitId);

  @Query("select e from ContractExitStep e where e.exitId = :exitId and e.step = :step order by e.round asc")
  List<ContractExitStep> findByExitIdAndStepOrderByRoundAsc(@Param("exitId") long exitId, @Param("step") ExitStep step);

  @Query("select e from ContractExitStep e where e.exitId = :exitId and e.step = :step and e.round = :round")
  Optional<ContractExitStep> findByExitIdAndStepAndRound(@Param("exitId") long exitId,
      @Param("step") ExitStep step,
      @Param("round") int round);

  @Query("select count(e) from ContractExitStep e where e.exitId = :exitId and e.step = :step")
  long countByExitIdAndStep(@Param("exitId") long exitId, @Param("step") ExitStep step);
}
