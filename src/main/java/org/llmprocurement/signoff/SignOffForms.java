package org.llmprocurement.signoff;

/** How the sign-off forms and views name things. */
final class SignOffForms {

  private SignOffForms() {}

  /** "IT", "security", "legal", "data governance", "procurement". */
  static String functionName(String function) {
    return switch (function) {
      case "it" -> "IT";
      case "data-governance" -> "data governance";
      default -> function;
    };
  }
}
