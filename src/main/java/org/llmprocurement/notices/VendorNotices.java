package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.guard.Values;
import org.llmprocurement.web.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives every vendor notice, whether signed through the API or recorded by hand: validates the
 * envelope and (through the type's {@link VendorNoticeHandler}) the payload against the register,
 * stores it as received, and hands it to the contract life with the message
 * {@link NoticeProcess#MESSAGE_RECEIVED}, in one transaction. A notice id the vendor used before
 * returns the first notice and starts nothing.
 */
@Service
public class VendorNotices {

  /** Longest vendor notice id accepted (characters). */
  public static final int MAX_NOTICE_ID = 100;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /**
   * One notice as it arrived.
   *
   * @param vendorId the vendor whose signature verified it, or {@code null} for a manual record (then the contract's vendor)
   * @param vendorNoticeId the vendor's id of the notice (unique per vendor); {@code null} for a manual record generates one
   * @param contract the register entry's business key
   * @param type the notice type, {@code null} when the sender named none or an unknown one
   * @param typeText the type as sent, for the refusal message
   * @param sentAt when the vendor sent it, may be {@code null}
   * @param payload the type-specific object
   * @param rawBody the body exactly as received
   * @param signatureCheck {@link VendorNotice#SIGNATURE_VALID} or {@link VendorNotice#NOT_SIGNED}
   * @param source API or MANUAL
   * @param recordedBy the user who recorded it by hand, {@code null} for the API
   * @param recordedFromEmail the e-mail address a hand-recorded notice came from
   */
  public record Submission(Long vendorId, String vendorNoticeId, String contract, NoticeType type, String typeText,
      Instant sentAt, JsonNode payload, String rawBody, String signatureCheck, VendorNotice.Source source,
      String recordedBy, String recordedFromEmail) {}

  /** The stored notice and whether this submission repeated an earlier one (then nothing was started). */
  public record Received(VendorNotice notice, boolean duplicate) {}

  private final VendorNoticeRepository notices;
  private final ContractRegister register;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Map<NoticeType, VendorNoticeHandler> handlers = new EnumMap<>(NoticeType.class);
  private final TransactionTemplate transactions;

  VendorNotices(VendorNoticeRepository notices, ContractRegister register, RuntimeService runtime, IdentityService identity,
      List<VendorNoticeHandler> handlers, PlatformTransactionManager transactionManager) {
    this.notices = notices;
    this.register = register;
    this.runtime = runtime;
    this.identity = identity;
    handlers.forEach(h -> {
      if (this.handlers.put(h.type(), h) != null) {
        throw new IllegalStateException("two handlers for vendor notices of type " + h.type());
      }
    });
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** The handler of the type, if one is deployed. */
  public Optional<VendorNoticeHandler> handler(NoticeType type) {
    return Optional.ofNullable(handlers.get(type));
  }

  /** The handler whose recording process has this key. */
  public Optional<VendorNoticeHandler> recordedBy(String recordingProcessKey) {
    return handlers.values().stream().filter(h -> h.recordingProcess().equals(recordingProcessKey)).findFirst();
  }

  /** The deployed handlers. */
  public List<VendorNoticeHandler> handlers() {
    return List.copyOf(handlers.values());
  }

  /**
   * Validates, stores and hands over one notice. Safe against two identical notices at the same
   * moment when called outside a transaction: the second finds the first by the unique vendor
   * notice id and returns it.
   *
   * @return the stored notice; {@code duplicate} when the vendor notice id was used before
   * @throws ApiException 400 naming every problem with the envelope or payload, 404 when the
   *     contract does not exist or belongs to another vendor, 409 when its contract life is not running
   */
  public Received record(Submission submission) {
    try {
      return transactions.execute(status -> recordInTransaction(submission));
    } catch (DataIntegrityViolationException raced) {
      if (submission.vendorId() == null || submission.vendorNoticeId() == null) {
        throw raced;
      }
      VendorNotice first = transactions.execute(status ->
          notices.findByVendorIdAndVendorNoticeId(submission.vendorId(), submission.vendorNoticeId().strip()).orElse(null));
      if (first == null) {
        throw raced;
      }
      return new Received(first, true);
    }
  }

  private Received recordInTransaction(Submission s) {
    List<String> problems = new ArrayList<>();
    String noticeId = s.vendorNoticeId() == null ? null : s.vendorNoticeId().strip();
    if (s.source() == VendorNotice.Source.API && (noticeId == null || noticeId.isEmpty())) {
      problems.add("noticeId: required, the vendor's own id of this notice");
    } else if (noticeId != null && noticeId.length() > MAX_NOTICE_ID) {
      problems.add("noticeId: at most " + MAX_NOTICE_ID + " characters");
    }
    if (s.type() == null) {
      problems.add("type: " + (s.typeText() == null || s.typeText().isBlank() ? "required" : "unknown type '" + s.typeText() + "'")
          + ", one of " + Arrays.toString(NoticeType.values()));
    }
    if (s.payload() == null || !s.payload().isObject()) {
      problems.add("payload: required, a JSON object");
    }
    if (s.source() == VendorNotice.Source.MANUAL) {
      if (s.recordedFromEmail() == null || !EMAIL.matcher(s.recordedFromEmail().strip()).matches()) {
        problems.add(NoticeProcess.RECEIVED_FROM_EMAIL + ": required, the e-mail address the notice came from");
      }
    }
    if (s.rawBody() != null && s.rawBody().getBytes(StandardCharsets.UTF_8).length > VendorNotice.MAX_BODY_BYTES) {
      problems.add("body: at most " + VendorNotice.MAX_BODY_BYTES + " bytes");
    }
    Contract contract = null;
    if (s.contract() == null || s.contract().isBlank()) {
      problems.add("contract: required, the business key of the register entry");
    } else {
      contract = register.ofBusinessKey(s.contract().strip()).orElse(null);
      if (contract != null && s.vendorId() != null && !s.vendorId().equals(contract.getVendorId())) {
        contract = null;
      }
    }
    if (contract != null && s.vendorId() != null && noticeId != null) {
      Optional<VendorNotice> first = notices.findByVendorIdAndVendorNoticeId(s.vendorId(), noticeId);
      if (first.isPresent()) {
        return new Received(first.get(), true);
      }
    }
    VendorNoticeHandler handler = s.type() == null ? null : handlers.get(s.type());
    if (s.type() != null && handler == null) {
      problems.add("type: notices of type " + s.type() + " are not handled yet");
    }
    if (handler != null && s.source() == VendorNotice.Source.API && !handler.fromVendor()) {
      problems.add("type: " + s.type() + " is reported by our own teams from Tasklist, not by the vendor");
    }
    if (handler != null && contract != null && s.payload() != null && s.payload().isObject()) {
      problems.addAll(handler.problems(s.payload(), contract));
    }
    if (contract == null && !problems.isEmpty() && s.contract() != null && !s.contract().isBlank()) {
      // alone this is a 404 (below); among other problems the refusal names it with them, in the
      // same words for another vendor's contract, which is not confirmed to exist
      problems.add("contract: " + ApiException.notFound("Contract " + s.contract().strip()).getMessage());
    }
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The notice was not recorded", problems);
    }
    if (contract == null) {
      throw ApiException.notFound("Contract " + s.contract().strip());
    }
    String businessKey = contract.getBusinessKey();
    boolean lifeRunning = SystemAccess.withoutAuthorization(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("contract-life").processInstanceBusinessKey(businessKey).active().count() > 0);
    if (!lifeRunning) {
      throw new ApiException(HttpStatus.CONFLICT, "The notice was not recorded",
          List.of("contract: " + businessKey + " has no running contract life (" + contract.getStatus() + "); its notices are no longer handled"));
    }
    String id = noticeId == null || noticeId.isEmpty() ? "MANUAL-" + UUID.randomUUID() : noticeId;
    String rawBody = s.rawBody() != null ? s.rawBody() : s.payload().toString();
    VendorNotice notice = notices.saveAndFlush(new VendorNotice(contract.getId(), businessKey, contract.getVendorId(), id,
        s.type(), s.sentAt(), EngineClock.now(), s.source(), rawBody, s.signatureCheck(), s.recordedBy(),
        s.recordedFromEmail() == null ? null : s.recordedFromEmail().strip(), s.payload()));
    // the event subprocess's start moves these into its own instance (NoticeScope), so a second notice
    // correlated before this one's asynchronous handling runs does not overwrite them
    try {
      SystemAccess.withoutAuthorization(identity, () -> runtime.createMessageCorrelation(NoticeProcess.MESSAGE_RECEIVED)
          .processInstanceBusinessKey(businessKey)
          .setVariables(CamundaBpmData.builder()
              .set(NoticeProcess.NOTICE_ID, notice.getId())
              .set(NoticeProcess.NOTICE_TYPE, s.type().name())
              .set(NoticeProcess.NOTICE_PROCESS, handler.handlingProcess()).build())
          .correlateWithResult());
    } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException ended) {
      // the contract life ended between the check above and this hand-over: the same answer as
      // when it had ended before, and the stored notice rolls back with this transaction
      throw new ApiException(HttpStatus.CONFLICT, "The notice was not recorded",
          List.of("contract: " + businessKey + " has no running contract life; its notices are no longer handled"));
    }
    return new Received(notice, false);
  }

  /**
   * Problems with a hand-recorded notice's start variables (the recording process's start guard):
   * the envelope fields {@link NoticeProcess#ENVELOPE} and the payload (every other variable).
   */
  @Transactional(readOnly = true)
  public List<String> validateManual(String recordingProcessKey, Map<String, Object> startVariables) {
    VendorNoticeHandler handler = recordedBy(recordingProcessKey).orElseThrow();
    List<String> problems = new ArrayList<>();
    Object email = startVariables.get(NoticeProcess.RECEIVED_FROM_EMAIL);
    if (!(email instanceof String text) || !EMAIL.matcher(text.strip()).matches()) {
      problems.add(NoticeProcess.RECEIVED_FROM_EMAIL + ": required, the e-mail address the notice came from");
    }
    Object noticeId = startVariables.get(NoticeProcess.VENDOR_NOTICE_ID);
    if (noticeId != null && !(noticeId instanceof String)) {
      problems.add(NoticeProcess.VENDOR_NOTICE_ID + ": text");
    } else if (noticeId instanceof String text && text.strip().length() > MAX_NOTICE_ID) {
      problems.add(NoticeProcess.VENDOR_NOTICE_ID + ": at most " + MAX_NOTICE_ID + " characters");
    }
    Object contractKey = startVariables.get(NoticeProcess.CONTRACT);
    Contract contract = contractKey instanceof String key && !key.isBlank() ? register.ofBusinessKey(key.strip()).orElse(null) : null;
    if (contract == null) {
      problems.add(NoticeProcess.CONTRACT + ": required, the business key of a register entry");
    } else {
      if (noticeId instanceof String text && !text.isBlank()
          && notices.findByVendorIdAndVendorNoticeId(contract.getVendorId(), text.strip()).isPresent()) {
        problems.add(NoticeProcess.VENDOR_NOTICE_ID + ": " + text.strip() + " is recorded already for this vendor");
      }
      problems.addAll(handler.problems(payloadOf(startVariables), contract));
    }
    return problems;
  }

  /**
   * Records a hand-entered notice from a recording process's start variables (the delegate
   * {@code recordVendorNotice}); the recording user and the sender's e-mail are kept.
   */
  @Transactional
  public Received recordManual(String recordingProcessKey, Map<String, Object> startVariables, String userId) {
    VendorNoticeHandler handler = recordedBy(recordingProcessKey).orElseThrow();
    ObjectNode payload = payloadOf(startVariables);
    Object noticeId = startVariables.get(NoticeProcess.VENDOR_NOTICE_ID);
    ObjectNode raw = MAPPER.valueToTree(Values.plain(startVariables));
    return recordInTransaction(new Submission(null, noticeId instanceof String text && !text.isBlank() ? text : null,
        (String) startVariables.get(NoticeProcess.CONTRACT), handler.type(), handler.type().name(), null, payload,
        raw.toString(), VendorNotice.NOT_SIGNED, VendorNotice.Source.MANUAL, userId,
        (String) startVariables.get(NoticeProcess.RECEIVED_FROM_EMAIL)));
  }

  /** The payload of a hand-recorded notice: every start variable that is not part of the envelope. */
  static ObjectNode payloadOf(Map<String, Object> startVariables) {
    ObjectNode payload = MAPPER.createObjectNode();
    Map<String, Object> plain = Values.plain(startVariables);
    plain.forEach((name, value) -> {
      if (!NoticeProcess.ENVELOPE.contains(name) && value != null) {
        payload.set(name, MAPPER.valueToTree(value));
      }
    });
    return payload;
  }

  /** The notice with our id. */
  @Transactional(readOnly = true)
  public Optional<VendorNotice> find(long noticeId) {
    return notices.findById(noticeId);
  }

  /** The contract's notices, latest first. */
  @Transactional(readOnly = true)
  public List<VendorNotice> ofContract(long contractId) {
    return notices.findByContractIdOrderByReceivedAtDescIdDesc(contractId);
  }

  /**
   * Marks the notice handled with its outcome (what was decided, at most 4,000 characters; longer is cut).
   *
   * @throws IllegalArgumentException when the notice does not exist
   */
  @Transactional
  public VendorNotice settle(long noticeId, String outcome) {
    VendorNotice notice = notices.findById(noticeId)
        .orElseThrow(() -> new IllegalArgumentException("vendor notice " + noticeId + " does not exist"));
    notice.settle(outcome.length() > 4000 ? outcome.substring(0, 4000) : outcome, EngineClock.now());
    return notice;
  }
}
