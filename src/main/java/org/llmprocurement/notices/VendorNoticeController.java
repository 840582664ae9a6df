package org.llmprocurement.notices;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vendor notices over HTTP. {@code POST /api/vendor-notices} takes a notice signed by the vendor
 * ({@link SignedNoticeFilter} has verified it before this runs; there is no HTTP Basic user) and
 * hands it to {@link VendorNotices#record}. {@code GET /api/contracts/{id}/notices} and
 * {@code .../breaches} list a contract's notices and vendor breaches for the product groups, as
 * the register itself is read.
 */
@RestController
class VendorNoticeController {

  /** The envelope's fields; everything type-specific sits inside {@code payload}. */
  static final List<String> ENVELOPE = List.of("noticeId", "contract", "type", "sentAt", "payload");
  /** Who sees a notice's raw body (the evidence copy, byte for byte as received). */
  static final Set<String> RAW_BODY_READERS = Set.of(Groups.PROCUREMENT, Groups.MANAGERS, Groups.ADMIN);
  private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /** The body of a notice, for the API description (the controller reads the signed bytes itself). */
  record Envelope(
      @Schema(description = "the vendor's own id of the notice, unique per vendor, at most 100 characters", example = "INC-2026-0042")
      String noticeId,
      @Schema(description = "business key of the register entry", example = "LLMP-2026-00017") String contract,
      @Schema(description = "one of MODEL_CHANGE, SUBPROCESSOR_CHANGE, REGION_CHANGE, SECURITY_INCIDENT, SLA_VIOLATION, SERVICE_CHANGE")
      String type,
      @Schema(description = "ISO-8601 instant the vendor sent it", example = "2026-12-01T09:30:00Z") String sentAt,
      @Schema(description = "the type's own fields (docs/notices.md)") Map<String, Object> payload) {}

  private final VendorNotices notices;
  private final VendorBreaches breaches;
  private final ContractRegister register;
  private final ProcurementAccess access;
  private final Duration window;

  VendorNoticeController(VendorNotices notices, VendorBreaches breaches, ContractRegister register, ProcurementAccess access,
      @Value("${llmp.notices.replay-window:5m}") Duration window) {
    this.notices = notices;
    this.breaches = breaches;
    this.register = register;
    this.access = access;
    this.window = window;
  }

  /**
   * Records a signed notice: body {@code {"noticeId", "contract", "type", "sentAt", "payload"}}.
   * 201 with the stored notice; 200 with the first one and {@code "duplicate": true} when the
   * vendor sent this notice id before (nothing new is started). 400 naming every problem with the
   * envelope and the payload, 404 an unknown contract or another vendor's, 409 a contract whose life
   * has ended, 415 a body that is not JSON; nothing is stored on refusal.
   */
  @Operation(summary = "Receive a vendor notice signed with the vendor's notice secret (no HTTP Basic)",
      description = "HMAC-SHA256 keyed with the vendor's notice secret over <X-Notice-Timestamp> \".\" <raw body>; "
          + "the timestamp must lie within the replay window (5 minutes) of the server clock. 201 new, 200 a repeated "
          + "noticeId (duplicate: true, nothing started), 400, 401, 404, 409, 413, 415. See docs/api.md.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
          content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Envelope.class))))
  @Parameter(in = ParameterIn.HEADER, name = NoticeSignature.VENDOR_HEADER, required = true, description = "the vendor's id in the register")
  @Parameter(in = ParameterIn.HEADER, name = NoticeSignature.TIMESTAMP_HEADER, required = true,
      description = "when the notice was signed, whole seconds since 1970-01-01T00:00Z")
  @Parameter(in = ParameterIn.HEADER, name = NoticeSignature.SIGNATURE_HEADER, required = true,
      description = "sha256= followed by the hex HMAC-SHA256")
  @SecurityRequirements
  @PostMapping(path = NoticeSecurityConfig.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) {
    if (!(request.getAttribute(SignedNotice.ATTRIBUTE) instanceof SignedNotice signed)) {
      // the filter lets nothing through unsigned; this holds should it ever be unregistered
      throw new ApiException(HttpStatus.UNAUTHORIZED, "The notice was not accepted: it carries no verified signature");
    }
    String rawBody = utf8(signed.body());
    JsonNode envelope;
    try {
      envelope = STRICT.readTree(rawBody);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The notice was not recorded", List.of("body: malformed JSON"));
    }
    if (envelope == null || !envelope.isObject()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The notice was not recorded",
          List.of("body: a JSON object with " + String.join(", ", ENVELOPE)));
    }
    List<String> problems = new ArrayList<>();
    envelope.fieldNames().forEachRemaining(name -> {
      if (!ENVELOPE.contains(name)) {
        problems.add(name + ": is not a field of a notice; type-specific fields go inside payload");
      }
    });
    String noticeId = text(envelope, "noticeId", problems);
    if (noticeId == null || noticeId.isBlank()) {
      problems.add("noticeId: required, the vendor's own id of this notice");
    } else if (noticeId.strip().length() > VendorNotices.MAX_NOTICE_ID) {
      problems.add("noticeId: at most " + VendorNotices.MAX_NOTICE_ID + " characters");
    }
    String contractKey = text(envelope, "contract", problems);
    if (contractKey == null || contractKey.isBlank()) {
      problems.add("contract: required, the business key of the register entry");
    }
    String typeText = text(envelope, "type", problems);
    NoticeType type = NoticeType.parse(typeText);
    if (type == null) {
      problems.add("type: " + (typeText == null || typeText.isBlank() ? "required" : "unknown type '" + typeText + "'")
          + ", one of " + Arrays.toString(NoticeType.values()));
    }
    Instant sentAt = sentAt(envelope, problems);
    JsonNode payload = envelope.get("payload");
    if (payload == null || !payload.isObject()) {
      problems.add("payload: required, a JSON object");
    }
    if (!problems.isEmpty()) {
      // the payload's own problems too, so one answer names everything
      Contract contract = contractKey == null || contractKey.isBlank() ? null
          : register.ofBusinessKey(contractKey.strip()).filter(c -> c.getVendorId() == signed.vendorId()).orElse(null);
      VendorNoticeHandler handler = type == null ? null : notices.handler(type).orElse(null);
      if (type != null && handler == null) {
        problems.add("type: notices of type " + type + " are not handled yet");
      } else if (handler != null && !handler.fromVendor()) {
        problems.add("type: " + type + " is reported by our own teams from Tasklist, not by the vendor");
      } else if (handler != null && contract != null && payload != null && payload.isObject()) {
        problems.addAll(handler.problems(payload, contract));
      }
      if (contract == null && contractKey != null && !contractKey.isBlank()) {
        // alone a 404; here named with the rest, in the same words for another vendor's contract
        problems.add("contract: " + ApiException.notFound("Contract " + contractKey.strip()).getMessage());
      }
      throw new ApiException(HttpStatus.BAD_REQUEST, "The notice was not recorded", problems);
    }
    VendorNotices.Received received = notices.record(new VendorNotices.Submission(signed.vendorId(), noticeId.strip(),
        contractKey.strip(), type, typeText, sentAt, payload, rawBody, VendorNotice.SIGNATURE_VALID, VendorNotice.Source.API,
        null, null));
    VendorNotice notice = received.notice();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", notice.getId());
    view.put("noticeId", notice.getVendorNoticeId());
    view.put("contract", notice.getBusinessKey());
    view.put("type", notice.getType().name());
    view.put("receivedAt", notice.getReceivedAt().toString());
    view.put("status", notice.getStatus().name());
    view.put("duplicate", received.duplicate());
    return ResponseEntity.status(received.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
  }

  /**
   * A contract's notices, newest first, from the API and recorded by hand, with the signature check,
   * handling status and outcome. The raw body (the evidence copy) is shown to procurement, managers
   * and administrators only; other product groups see the parsed payload. 403 outside the product
   * groups, 404 unknown contract.
   */
  @GetMapping(path = "/api/contracts/{id}/notices", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> list(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    Caller user = access.requireProductGroup();
    boolean raw = user.groups().stream().anyMatch(RAW_BODY_READERS::contains);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contract.getId());
    view.put("businessKey", contract.getBusinessKey());
    view.put("notices", notices.ofContract(id).stream().map(n -> view(n, raw)).toList());
    return view;
  }

  /** A contract's vendor breaches, latest first. 403 outside the product groups or without work on the procurement, 404 unknown contract. */
  @GetMapping(path = "/api/contracts/{id}/breaches", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> breaches(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contract.getId());
    view.put("businessKey", contract.getBusinessKey());
    view.put("breaches", breaches.ofContract(id).stream().map(b -> {
      Map<String, Object> breach = new LinkedHashMap<>();
      breach.put("id", b.getId());
      breach.put("kind", b.getKind().name());
      breach.put("noticeId", b.getNoticeId());
      breach.put("description", b.getDescription());
      breach.put("occurredAt", b.getOccurredAt().toString());
      breach.put("recordedAt", b.getRecordedAt().toString());
      return breach;
    }).toList());
    return view;
  }

  private static Map<String, Object> view(VendorNotice n, boolean raw) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", n.getId());
    view.put("type", n.getType().name());
    view.put("vendorNoticeId", n.getVendorNoticeId());
    view.put("sentAt", n.getSentAt() == null ? null : n.getSentAt().toString());
    view.put("receivedAt", n.getReceivedAt().toString());
    view.put("source", n.getSource().name());
    view.put("signatureCheck", n.getSignatureCheck());
    view.put("status", n.getStatus().name());
    view.put("outcome", n.getOutcome());
    view.put("settledAt", n.getSettledAt() == null ? null : n.getSettledAt().toString());
    view.put("recordedBy", n.getRecordedBy());
    view.put("recordedFromEmail", n.getRecordedFromEmail());
    view.put("payload", n.payload());
    if (raw) {
      view.put("rawBody", n.getRawBody());
    }
    return view;
  }

  private static String text(JsonNode envelope, String field, List<String> problems) {
    JsonNode value = envelope.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(field + ": must be text");
      return "";
    }
    return value.asText();
  }

  /** {@code sentAt}: required, an ISO-8601 instant, not later than our clock plus the replay window. */
  private Instant sentAt(JsonNode envelope, List<String> problems) {
    JsonNode value = envelope.get("sentAt");
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      problems.add("sentAt: required, an ISO-8601 instant such as 2026-12-01T09:30:00Z");
      return null;
    }
    if (!value.isTextual()) {
      problems.add("sentAt: an ISO-8601 instant such as 2026-12-01T09:30:00Z, as text");
      return null;
    }
    try {
      Instant at = java.time.OffsetDateTime.parse(value.asText().strip()).toInstant();
      if (at.isAfter(EngineClock.now().plus(window))) {
        problems.add("sentAt: " + value.asText().strip() + " is in the future");
        return null;
      }
      return at;
    } catch (DateTimeParseException e) {
      problems.add("sentAt: '" + value.asText() + "' is not an ISO-8601 instant such as 2026-12-01T09:30:00Z");
      return null;
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The notice was not recorded", List.of("body: not UTF-8 text"));
    }
  }
}
