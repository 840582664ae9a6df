package org.llmprocurement.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractExitStepRepository extends JpaRepository<ContractExitStep, Long> {

  List<ContractExitStep> findByExitIdOrderByIdAsc(long exitId);

  List<ContractExitStep> findByExitIdAndStepOrderByRoundAsc(long exitId, ExitStep step);

  Optional<ContractExitStep> findByExitIdAndStepAndRound(long exitId, ExitStep step, int round);

  long countByExitIdAndStep(long exitId, ExitStep step);
}
