package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.llmprocurement.contracts.Contract;

/** Delivers notices as the vendor would, past the HTTP signature check, for process tests. */
public final class NoticeFixture {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NoticeFixture() {}

  /**
   * Records a signed notice of the type with the payload (a JSON object) for the contract; the
   * handling process starts when the caller runs the jobs.
   *
   * @throws org.llmprocurement.web.ApiException when the notice is refused, as the API would refuse it
   */
  public static VendorNotice deliver(VendorNotices notices, Contract contract, NoticeType type, String payloadJson) {
    try {
      String body = "{\"noticeId\":\"T-" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"payload\":" + payloadJson + "}";
      var envelope = MAPPER.readTree(body);
      return notices.record(new VendorNotices.Submission(contract.getVendorId(), envelope.get("noticeId").asText(),
          contract.getBusinessKey(), type, type.name(), null, envelope.get("payload"), body, VendorNotice.SIGNATURE_VALID,
          VendorNotice.Source.API, null, null)).notice();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("payload is not JSON: " + payloadJson, e);
    }
  }
}
