package org.llmprocurement.contracts;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

/** Valid contract particulars as plain values (what the form and the API send), and a test context. */
final class ContractParticularsFixtures {

  private ContractParticularsFixtures() {}

  /** A valid LEI: the 18 given characters and their ISO 7064 MOD 97-10 check digits. */
  static String lei(String first18) {
    StringBuilder digits = new StringBuilder();
    for (char c : (first18 + "00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return first18 + String.format("%02d", check);
  }

  /** Particulars of a HIGH support bot in the EU, effective today, for a two-year term. */
  static Map<String, Object> valid(String vendorName, String lei, String reference, LocalDate today) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("vendorId", null);
    p.put("vendorLegalName", vendorName);
    p.put("vendorLei", lei);
    p.put("vendorCountry", "IE");
    p.put("vendorNoticeAddress", "Legal department, 1 Dock Road, Dublin");
    p.put("vendorContacts", List.of(row("name", "Ann Vendor", "role", "Account manager", "email", "ann@vendor.example")));
    p.put("contractReference", reference);
    p.put("product", "Acme Assist Enterprise");
    p.put("surfaces", List.of("API", "CHAT_UI"));
    p.put("models", List.of(row("name", "assist-large", "version", "2026-09-01", "baseModelFamily", "Assist",
        "fineTuning", "Instruction-tuned by the vendor on support dialogues", "thirdPartyFoundationModel", "",
        "safetyLayers", "Input and output moderation, prompt-injection filter")));
    List<Map<String, Object>> locations = new ArrayList<>();
    for (DoraCodes.DataType type : DoraCodes.DataType.values()) {
      locations.add(row("dataType", type.name(), "storageRegions", List.of("EU"), "processingRegions", List.of("EU"),
          "supportAccessRegions", List.of("EU", "UK")));
    }
    p.put("dataLocations", locations);
    p.put("subprocessors", List.of(row("name", "Cloud Host Ltd", "location", "DE", "dataCategories", List.of("PERSONAL"))));
    p.put("effectiveDate", today.toString());
    p.put("termEnd", today.plusYears(2).toString());
    p.put("autoRenewal", true);
    p.put("nonRenewalNoticeDays", 60);
    p.put("providerTerminationNoticeDays", 180);
    p.put("governingLawCountry", "IE");
    p.put("dataSensitivity", "HIGH");
    p.put("relianceLevel", "MATERIAL");
    p.put("substitutability", "MEDIUM_COMPLEXITY");
    p.put("exitPlanExists", true);
    p.put("alternativeProvidersIdentified", "YES");
    p.put("alternativeProviders", "Beta Models GmbH; Gamma AI Inc.");
    return p;
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /** A context with the given known vendors and taken references; scope API, CHAT_UI, RETRIEVAL in the EU. */
  static ParticularsReader.Context context(List<ParticularsReader.KnownVendor> vendors, List<String> takenReferences) {
    return new ParticularsReader.Context() {
      @Override
      public List<Surface> reviewedSurfaces() {
        return List.of(Surface.API, Surface.CHAT_UI, Surface.RETRIEVAL);
      }

      @Override
      public List<Region> allowedRegions() {
        return List.of(Region.EU);
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorById(long id) {
        return vendors.stream().filter(v -> v.id() == id).findFirst();
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorByLei(String lei) {
        return vendors.stream().filter(v -> lei.equals(v.lei())).findFirst();
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorByName(String legalName) {
        return vendors.stream().filter(v -> v.legalName().equalsIgnoreCase(legalName)).findFirst();
      }

      @Override
      public boolean referenceTaken(String reference) {
        return takenReferences.contains(reference);
      }

      @Override
      public OptionalInt maxNonRenewalNoticeDays() {
        return OptionalInt.of(90);
      }
    };
  }
}
