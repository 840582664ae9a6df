package org.llmprocurement.signoff;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-off of a procurement over REST, read-only: every round with its five answers (who
 * confirmed them, where the prefill came from), each function's decision, the functions still
 * awaited, the gateway's blockers and what went back. Decisions are made only through the guarded
 * task paths (Tasklist, engine REST). 403 outside the product groups or without work on the procurement, 404 for an unknown procurement.
 */
@RestController
class SignOffController {

  private final SignOffs signOffs;
  private final ProcurementAccess access;

  SignOffController(SignOffs signOffs, ProcurementAccess access) {
    this.signOffs = signOffs;
    this.access = access;
  }

  /** The sign-off rounds of a procurement, oldest first; empty before its first sign-off. */
  record View(long procurementId, String businessKey, List<RoundView> rounds) {}

  record RoundView(int round, String riskTier, SignOff.Status status, Instant startedAt, Instant endedAt,
      List<SignOffs.AnswerRecord> answers, List<DecisionView> decisions, List<String> awaiting, List<String> blockers,
      String returnReason, List<String> returnItems, String resolvedBy, List<SignOffs.ItemRecord> settledItems) {}

  record DecisionView(String function, String decision, String reason, String returnTo, List<String> items, String decidedBy,
      Instant decidedAt) {}

  @GetMapping(path = "/api/procurements/{id}/sign-off", produces = MediaType.APPLICATION_JSON_VALUE)
  View view(@PathVariable long id) {
    Procurement procurement = access.visible(id);
    return new View(id, procurement.getBusinessKey(), signOffs.rounds(id).stream().map(this::round).toList());
  }

  private RoundView round(SignOff signOff) {
    List<DecisionView> decisions = signOffs.decisions(signOff.getId()).stream().map(d -> new DecisionView(d.getFunction(),
        d.getDecision(), d.getReason(), d.getReturnTo(), ids(d.getItems()), d.getDecidedBy(), d.getDecidedAt())).toList();
    List<String> awaiting = signOff.getStatus() != SignOff.Status.OPEN ? List.of()
        : SignOffProcess.TASKS.keySet().stream().filter(f -> decisions.stream().noneMatch(d -> d.function().equals(f))).toList();
    return new RoundView(signOff.getRound(), signOff.getRiskTier(), signOff.getStatus(), signOff.getStartedAt(), signOff.getEndedAt(),
        signOffs.answerRecords(signOff.getId()), decisions, awaiting, signOffs.blockerList(signOff), signOff.getReturnReason(),
        ids(signOff.getReturnItems()), signOff.getResolvedBy(), signOffs.settledItems(signOff.getId()));
  }

  private static List<String> ids(String commaSeparated) {
    return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
  }
}
