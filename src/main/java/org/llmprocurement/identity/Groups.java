package org.llmprocurement.identity;

import java.util.List;

/** The groups of the product. Each reviewing function works only its own tasks. */
public final class Groups {

  public static final String PROCUREMENT = "procurement";
  public static final String IT = "it";
  public static final String SECURITY = "security";
  public static final String LEGAL = "legal";
  public static final String DATA_GOVERNANCE = "data-governance";
  public static final String MANAGERS = "managers";
  public static final String ADMIN = "camunda-admin";

  /** Groups whose members work in Tasklist. */
  public static final List<String> WORKING = List.of(PROCUREMENT, IT, SECURITY, LEGAL, DATA_GOVERNANCE, MANAGERS);

  private Groups() {}

  public static String displayName(String groupId) {
    return switch (groupId) {
      case PROCUREMENT -> "Procurement";
      case IT -> "IT";
      case SECURITY -> "Security";
      case LEGAL -> "Legal";
      case DATA_GOVERNANCE -> "Data governance";
      case MANAGERS -> "Managers";
      case ADMIN -> "Camunda administrators";
      default -> groupId;
    };
  }
}
