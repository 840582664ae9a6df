package org.llmprocurement.review;

import org.junit.jupiter.api.BeforeEach;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the review tests: every test starts with a HIGH procurement whose clause review is open. */
abstract class ReviewTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  ReviewConsolidation consolidation;

  @Autowired
  ReviewPackaging packaging;

  @Autowired
  PinnedVersions pinned;

  ReviewFixture fixture;

  @BeforeEach
  void startReview() {
    fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
  }
}
