package org.llmprocurement.notices;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Set;

/**
 * How a notice reaches its handling process: the message the contract life catches, and the
 * variables every handling process starts with. Each declared once.
 */
public final class NoticeProcess {

  /** Message correlated to the contract life (business key = the contract's) for every stored notice. */
  public static final String MESSAGE_RECEIVED = "VendorNoticeReceived";
  /** The contract life's event subprocess and its call activity. */
  public static final String HANDLE_NOTICE_SUBPROCESS = "SubProcess_HandleVendorNotice";
  public static final String HANDLE_NOTICE = "CallActivity_HandleVendorNotice";

  /** Our id of the {@link VendorNotice}. */
  public static final VariableFactory<Long> NOTICE_ID = longVariable("noticeId");
  /** The {@link NoticeType} name. */
  public static final VariableFactory<String> NOTICE_TYPE = stringVariable("noticeType");
  /** Key of the handling process the contract life calls. */
  public static final VariableFactory<String> NOTICE_PROCESS = stringVariable("noticeProcess");

  /** Start-form fields of every recording process that are the envelope, not the payload. */
  public static final String CONTRACT = "contract";
  public static final String RECEIVED_FROM_EMAIL = "receivedFromEmail";
  public static final String VENDOR_NOTICE_ID = "vendorNoticeId";
  public static final Set<String> ENVELOPE = Set.of(CONTRACT, RECEIVED_FROM_EMAIL, VENDOR_NOTICE_ID);

  private NoticeProcess() {}
}
