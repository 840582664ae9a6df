package org.llmprocurement.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Intake payloads for tests. */
public final class Intakes {

  private Intakes() {}

  /** A customer-facing production support bot with personal data: HIGH. */
  public static Map<String, Object> customerSupportBot() {
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("title", "Support chatbot for EU customers");
    intake.put("vendor", "Acme AI");
    intake.put("product", "Acme Assist Enterprise");
    intake.put("useCase", "Answers customer questions about orders from our knowledge base");
    intake.put("businessOwner", "Head of Customer Service");
    intake.put("technicalOwner", "Platform Engineering");
    intake.put("surfaces", List.of("API", "CHAT_UI", "RETRIEVAL"));
    intake.put("customerFacing", true);
    intake.put("regulatedData", false);
    intake.put("dataCategories", List.of("PERSONAL"));
    intake.put("automatedDecisions", false);
    intake.put("euAiActHighRiskArea", "NONE");
    intake.put("deploymentStage", "PRODUCTION");
    intake.put("allowedRegions", List.of("EU"));
    intake.put("expectedUsers", 5000);
    return intake;
  }

  public static Map<String, Object> internalPilotPublicData() {
    Map<String, Object> intake = customerSupportBot();
    intake.put("title", "Marketing copy pilot");
    intake.put("customerFacing", false);
    intake.put("dataCategories", List.of("PUBLIC"));
    intake.put("deploymentStage", "PILOT");
    intake.put("expectedUsers", 20);
    return intake;
  }
}
