package org.llmprocurement.intake;

import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Intakes;

@Tag("unit")
class IntakeValidatorTest {

  private final IntakeValidator validator = new IntakeValidator(user -> user.startsWith("demo-"));

  private List<String> problems(Map<String, Object> raw) {
    return validator.validate(raw, "demo-procurement").problems().stream().map(Object::toString).toList();
  }

  @Test
  void aCompleteIntakeBuildsTheForm() {
    IntakeValidator.Result result = validator.validate(Intakes.customerSupportBot(), "demo-procurement");
    assertThat(result.valid()).isTrue();
    assertThat(result.form().requester()).as("the signed-in user by default").isEqualTo("demo-procurement");
    assertThat(result.form().surfaces()).containsExactly(Surface.API, Surface.CHAT_UI, Surface.RETRIEVAL);
    assertThat(result.form().tierFacts()).containsEntry("personalOrFinancialData", true).containsEntry("publicDataOnly", false);
    assertThat(result.form().tierFacts().keySet()).as("the names the start guard keeps stored").isEqualTo(IntakeForm.TIER_FACTS);
  }

  @Test
  void anExistingContractIsResolvedThroughTheRegisterOrRefusedNamingTheField() {
    IntakeValidator withRegister = new IntakeValidator(user -> true, reference -> switch (reference) {
      case "MSA-2026-7" -> ExistingContracts.Lookup.open(7L);
      default -> ExistingContracts.Lookup.refused("contract '" + reference + "' (LLMP-2026-00009) is CLOSED");
    });
    Map<String, Object> raw = Intakes.customerSupportBot();
    raw.put("existingContractReference", "  MSA-2026-7 ");
    assertThat(withRegister.validate(raw, "demo-procurement").form().existingContractId()).isEqualTo(7L);

    raw.put("existingContractReference", "MSA-2025-1");
    assertThat(withRegister.validate(raw, "demo-procurement").problems()).map(Object::toString)
        .containsExactly("existingContractReference: contract 'MSA-2025-1' (LLMP-2026-00009) is CLOSED");

    raw.put("existingContractReference", "");
    assertThat(withRegister.validate(raw, "demo-procurement").form().existingContractId()).as("optional").isNull();
    raw.put("existingContractReference", 12);
    assertThat(problems(raw)).containsExactly("existingContractReference: must be text, got a number");
    raw.put("existingContractReference", "R".repeat(255));
    assertThat(withRegister.validate(raw, "demo-procurement").problems()).as("as long as the register allows").map(Object::toString)
        .noneMatch(p -> p.contains("at most"));
    raw.put("existingContractReference", "R".repeat(256));
    assertThat(problems(raw)).containsExactly("existingContractReference: must be at most 255 characters");
  }

  @Test
  void startFormValuesAreAcceptedAsTasklistSendsThem() {
    Map<String, Object> raw = Intakes.customerSupportBot();
    raw.put("expectedUsers", 5000.0); // number fields arrive as Double
    raw.put("requester", "");         // empty text fields arrive as ""
    assertThat(problems(raw)).isEmpty();
  }

  @Test
  void everyBadFieldIsNamed() {
    Map<String, Object> raw = Intakes.customerSupportBot();
    raw.put("vendor", "   ");
    raw.put("useCase", "x".repeat(4001));
    raw.put("expectedUsers", 2.5);
    raw.put("allowedRegions", List.of());
    raw.put("euAiActHighRiskArea", 7);
    raw.put("automatedDecisions", null);
    raw.put("requester", "someone-else");
    raw.put("colour", "blue");
    assertThat(problems(raw)).containsExactlyInAnyOrder(
        "colour: is not a field of the intake",
        "vendor: is required",
        "useCase: must be at most 4000 characters",
        "expectedUsers: must be a whole number",
        "allowedRegions: choose at least one of EU, EEA, UK, CH, US, CA, APAC, LATAM, MEA",
        "euAiActHighRiskArea: must be one of NONE, BIOMETRICS, CRITICAL_INFRASTRUCTURE, EDUCATION, EMPLOYMENT, ESSENTIAL_SERVICES, LAW_ENFORCEMENT, MIGRATION, JUSTICE, got a number",
        "automatedDecisions: is required (true or false)",
        "requester: 'someone-else' is not a known user id");
  }

  @Test
  void aRequesterIsNeededWhenNobodyIsSignedIn() {
    assertThat(validator.validate(Intakes.customerSupportBot(), null).problems())
        .extracting(IntakeValidator.Problem::field).containsExactly("requester");
  }
}
