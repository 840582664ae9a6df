package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmprocurement.contracts.ContractParticularsFixtures.context;
import static org.llmprocurement.contracts.ContractParticularsFixtures.lei;
import static org.llmprocurement.contracts.ContractParticularsFixtures.valid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

/** The pilot end date of contract particulars: required exactly for a pilot, within the term. Engine-free. */
@Tag("unit")
class PilotParticularsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final String LEI = lei("5493001KJTIIGC8Y1R");

  private static ParticularsReader.Result read(Map<String, Object> raw, boolean pilot) {
    ParticularsReader.Context base = context(List.of(), List.of());
    return ParticularsReader.read(raw, new ParticularsReader.Context() {
      @Override public List<Surface> reviewedSurfaces() { return base.reviewedSurfaces(); }
      @Override public List<Region> allowedRegions() { return base.allowedRegions(); }
      @Override public Optional<ParticularsReader.KnownVendor> vendorById(long id) { return base.vendorById(id); }
      @Override public Optional<ParticularsReader.KnownVendor> vendorByLei(String l) { return base.vendorByLei(l); }
      @Override public Optional<ParticularsReader.KnownVendor> vendorByName(String n) { return base.vendorByName(n); }
      @Override public boolean referenceTaken(String reference) { return false; }
      @Override public OptionalInt maxNonRenewalNoticeDays() { return base.maxNonRenewalNoticeDays(); }
      @Override public boolean pilot() { return pilot; }
    });
  }

  private static Map<String, Object> withPilotEnd(Object pilotEnd) {
    Map<String, Object> raw = valid("Acme AI Ltd", LEI, "C-1", TODAY);
    raw.put(ParticularsReader.PILOT_END_DATE, pilotEnd);
    return raw;
  }

  @Test
  void aPilotCarriesItsEndDate() {
    var result = read(withPilotEnd(TODAY.plusMonths(6).toString()), true);

    assertThat(result.problems()).isEmpty();
    assertThat(result.particulars().pilotEndDate()).isEqualTo(TODAY.plusMonths(6));
  }

  @Test
  void aPilotWithoutEndDateIsRefused() {
    assertThat(read(withPilotEnd(null), true).problems())
        .containsExactly("pilotEndDate: required for a pilot, a date (YYYY-MM-DD) from the effective date to the term end");
    assertThat(read(withPilotEnd(""), true).valid()).isFalse();
  }

  @Test
  void thePilotEndLiesWithinTheTerm() {
    assertThat(read(withPilotEnd(TODAY.minusDays(1).toString()), true).problems())
        .containsExactly("pilotEndDate: 2026-11-30 is before the effective date 2026-12-01");
    assertThat(read(withPilotEnd(TODAY.plusYears(2).plusDays(1).toString()), true).problems())
        .containsExactly("pilotEndDate: 2028-12-02 is after the term end 2028-12-01");
    assertThat(read(withPilotEnd(TODAY.toString()), true).valid()).isTrue();
    assertThat(read(withPilotEnd(TODAY.plusYears(2).toString()), true).valid()).isTrue();
  }

  @Test
  void aBadDateIsNamedOnce() {
    assertThat(read(withPilotEnd("next summer"), true).problems())
        .containsExactly("pilotEndDate: 'next summer' is not a date (YYYY-MM-DD)");
  }

  @Test
  void productionHasNoPilotEnd() {
    assertThat(read(withPilotEnd(TODAY.plusMonths(6).toString()), false).problems())
        .containsExactly("pilotEndDate: only a contract for a pilot has a pilot end date; this procurement is for production");
    var result = read(withPilotEnd(null), false);
    assertThat(result.problems()).isEmpty();
    assertThat(result.particulars().pilotEndDate()).isNull();
  }
}
