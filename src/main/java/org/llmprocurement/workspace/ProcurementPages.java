package org.llmprocurement.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentUploads;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.exit.ContractExit;
import org.llmprocurement.exit.ContractExits;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementRepository;
import org.llmprocurement.negotiation.NegotiationSummaries;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.review.ClauseReviewProcess;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the procurement page: finds the procurement by business key or id and gathers what each
 * stage recorded through the stages' own services (no rules here beyond {@link ReviewProgress}'s
 * counting). Who may see a procurement is decided first ({@link ProcurementVisibility}).
 */
@Service
public class ProcurementPages {

  private final IntakeService intake;
  private final ProcurementRepository procurements;
  private final DocumentUploads documents;
  private final ReviewDecisions decisions;
  private final NegotiationSummaries negotiation;
  private final ContractRegister contracts;
  private final VendorNotices notices;
  private final ContractExits exits;
  private final TaskService tasks;
  private final IdentityService identity;

  ProcurementPages(IntakeService intake, ProcurementRepository procurements, DocumentUploads documents,
      ReviewDecisions decisions, NegotiationSummaries negotiation, ContractRegister contracts, VendorNotices notices,
      ContractExits exits, TaskService tasks, IdentityService identity) {
    this.intake = intake;
    this.procurements = procurements;
    this.documents = documents;
    this.decisions = decisions;
    this.negotiation = negotiation;
    this.contracts = contracts;
    this.notices = notices;
    this.exits = exits;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * The procurement named in a workspace address: a business key ({@code LLMP-2026-00017}) or its
   * numeric id.
   *
   * @throws ApiException 404 when there is none
   */
  public Procurement find(String keyOrId) {
    Optional<Procurement> found = keyOrId.chars().allMatch(Character::isDigit) && !keyOrId.isEmpty() && keyOrId.length() < 19
        ? intake.find(Long.parseLong(keyOrId)) : procurements.findByBusinessKey(keyOrId);
    return found.orElseThrow(() -> ApiException.notFound("Procurement " + (keyOrId.length() > 40 ? keyOrId.substring(0, 40) + "..." : keyOrId)));
  }

  /** The page of a procurement the caller may see. */
  @Transactional(readOnly = true)
  public ProcurementPage page(Procurement procurement) {
    long id = procurement.getId();
    List<DocumentInfo> listed = documents.list(procurement);
    List<Long> latest = new ArrayList<>();
    DocumentInfo previous = null;
    for (DocumentInfo d : listed) {
      if (previous == null || !(previous.type() == d.type() && previous.title().equals(d.title()))) {
        latest.add(d.id());
      }
      previous = d;
    }
    Contract contract = contracts.ofProcurement(id).orElse(null);
    List<VendorNotice> contractNotices = contract == null ? List.of() : notices.ofContract(contract.getId());
    List<ContractExit> contractExits = contract == null ? List.of() : exits.ofContract(contract.getId());
    return new ProcurementPage(procurement, intake.tierHistory(id), listed, latest, documents.mayUpload(procurement),
        ReviewProgress.of(decisions.items(id), ClauseReviewProcess.ROLES), openTasks(procurement),
        procurement.getProcessInstanceId(), negotiation.rounds(id), contract, contractNotices, contractExits);
  }

  /**
   * The open tasks of every process of the procurement (its business key), oldest first. Read as the
   * application: the page shows where the work stands, Tasklist still decides who may open a task.
   */
  List<ProcurementPage.OpenTask> openTasks(Procurement procurement) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(procurement.getBusinessKey()).orderByTaskCreateTime().asc()
        .list().stream().map(t -> new ProcurementPage.OpenTask(t.getId(), t.getName(), t.getAssignee(),
            t.getDueDate() == null ? null : t.getDueDate().toInstant(), ProcurementPage.tasklistUrl(t.getId()))).toList());
  }
}
