package org.llmprocurement.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a contract document is; with the title it names the document's family. */
public enum DocumentType {
  MSA,
  DPA,
  ORDER_FORM,
  SLA_EXHIBIT,
  SECURITY_EXHIBIT,
  AI_ADDENDUM,
  /** Vendor evidence: SOC 2 report, ISO certificate, pen test summary and the like. */
  EVIDENCE,
  OTHER;

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }

  /** The type named exactly (case-insensitive, surrounding blanks ignored), if there is one. */
  public static Optional<DocumentType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim();
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }
}
