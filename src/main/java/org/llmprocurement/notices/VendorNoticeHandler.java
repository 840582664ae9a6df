package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.llmprocurement.contracts.Contract;

/**
 * Handles one {@link NoticeType}: validates its payload against the register entry and names the
 * process the contract life calls for it. One Spring bean per type; {@link NoticesStage} collects
 * what the handlers deploy.
 */
public interface VendorNoticeHandler {

  NoticeType type();

  /**
   * Key of the process the contract life calls for a notice of this type; it starts with business
   * key = the contract's and the variables {@code contractId} (Long), {@code noticeId} (Long, our id
   * of the {@link VendorNotice}) and {@code noticeType}.
   */
  String handlingProcess();

  /** Key of the Tasklist process whose start form records a notice of this type by hand. */
  String recordingProcess();

  /**
   * Every problem with the payload, each naming its field as {@code payload.<field>}; empty when the
   * notice may be recorded.
   *
   * @param payload the notice's {@code payload} object (never {@code null}; an empty object when absent)
   * @param contract the register entry the notice is about
   */
  List<String> problems(JsonNode payload, Contract contract);

  /** Whether the notice may arrive through the signed vendor API (false: only our own teams record it). */
  default boolean fromVendor() {
    return true;
  }

  /** Keys of all processes this handler deploys (handling, recording and any it calls). */
  Set<String> processes();

  /** Ids of the Camunda Forms its processes use. */
  Set<String> forms();

  /** Its guard classes ({@code StartGuard}, {@code TaskFormGuard}). */
  Set<Class<?>> guards();
}
