package org.llmprocurement.notices;

/** The kinds of notice the engine handles; each has one {@link VendorNoticeHandler}. */
public enum NoticeType {
  /** The vendor replaces, retires or changes a model (version, context window, safety policy, fine-tuning, routing). */
  MODEL_CHANGE,
  /** A new, replaced or removed subprocessor handling our data. */
  SUBPROCESSOR_CHANGE,
  /** Our data stored or processed in another region, or a changed data flow. */
  REGION_CHANGE,
  /** A suspected or confirmed security incident at the vendor. */
  SECURITY_INCIDENT,
  /** A missed service level (availability, latency, support response) for a surface and region. */
  SLA_VIOLATION,
  /** Harmful output or a quality regression found by our own teams. */
  HARMFUL_OUTPUT,
  /** The vendor terminates, suspends or materially changes the service. */
  SERVICE_CHANGE;

  /** The type named by {@code text} (case-insensitive), or {@code null} for anything else. */
  public static NoticeType parse(String text) {
    if (text == null) {
      return null;
    }
    for (NoticeType type : values()) {
      if (type.name().equalsIgnoreCase(text.strip())) {
        return type;
      }
    }
    return null;
  }
}
