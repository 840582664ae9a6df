package org.llmprocurement.clauses;

import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void recognisesNaturalWordingForSurfaces() {
    assertThat(Scope.surfacesNamed("the chat interface, batch inference, the embeddings endpoint, file uploads, "
        + "retrieval, content moderation, the admin console and the REST API"))
        .containsExactlyInAnyOrder(Surface.values());
  }

  @Test
  void recognisesCommonRegionNames() {
    assertThat(Scope.regionsNamed("data centres in the European Union, Switzerland, the United States, Canada, "
        + "the United Kingdom, Asia-Pacific, Latin America, the Middle East and the EEA"))
        .containsExactlyInAnyOrder(Region.values());
  }

  @Test
  void pronounUsIsNotTheUnitedStates() {
    assertThat(Scope.regionsNamed("Customer shall notify us in writing.")).isEmpty();
  }

  @Test
  void excludedRegionsAreNotPlacesOfProcessing() {
    assertThat(Scope.regionsNamed("Data shall be stored in the EU and shall not be transferred to the United States."))
        .containsExactly(Region.EU);
  }

  @Test
  void findingsListUncoveredSurfacesAndDisallowedRegions() {
    Scope scope = new Scope(Set.of(Surface.API, Surface.BATCH), Set.of(Region.EEA));
    assertThat(scope.findings("The API shall be hosted in the EU and the US.")).containsExactly(
        "Surface BATCH is not named", "Region US is not among the allowed regions EEA");
    assertThat(scope.findings("All services shall be hosted in the EU.")).isEmpty();
    assertThat(scope.findings("Data shall be hosted in Europe.")).isEmpty();
    assertThat(Scope.none().findings("The API shall be hosted in the US.")).isEmpty();
  }
}
