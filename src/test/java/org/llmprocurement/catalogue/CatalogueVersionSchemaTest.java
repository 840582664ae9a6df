package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migration and the JPA entity agree: Hibernate validates the migrated schema (as the
 * application does with {@code ddl-auto=validate}) and a row round-trips. Runs on H2 without Spring.
 */
class CatalogueVersionSchemaTest {

  /** Point these at a throwaway PostgreSQL database to check the migration there too. */
  private static final String URL = System.getProperty("catalogue.schemaTest.url",
      "jdbc:h2:mem:catalogue_schema;DB_CLOSE_DELAY=-1");
  private static final String USER = System.getProperty("catalogue.schemaTest.user", "sa");
  private static final String PASSWORD = System.getProperty("catalogue.schemaTest.password", "");

  private SessionFactory sessions;

  @BeforeEach
  void migrate() {
    Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration")
        .cleanDisabled(false).load().clean();
    Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").load()
        .migrate();
    sessions = new Configuration()
        .addAnnotatedClass(CatalogueVersionEntity.class)
        .setProperty("hibernate.connection.url", URL)
        .setProperty("hibernate.connection.username", USER)
        .setProperty("hibernate.connection.password", PASSWORD)
        .setProperty("hibernate.hbm2ddl.auto", "validate")
        .buildSessionFactory();
  }

  @AfterEach
  void close() {
    if (sessions != null) {
      sessions.close();
    }
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Test
  void entityMatchesTheMigratedTableAndRoundTrips() {
    String yaml = CatalogueFixtures.yaml();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    sessions.inTransaction(s -> s.persist(
        new CatalogueVersionEntity("2026.11.0", CatalogueService.sha256(yaml), yaml, now)));
    List<CatalogueVersionEntity> stored = sessions.fromSession(s -> s.createSelectionQuery(
        "from CatalogueVersionEntity where version = :v", CatalogueVersionEntity.class)
        .setParameter("v", "2026.11.0").getResultList());
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getId()).isNotNull();
    assertThat(stored.get(0).getContent()).isEqualTo(yaml);
    assertThat(stored.get(0).getLoadedAt()).isEqualTo(now);
  }

  @Test
  void aVersionIsStoredOnlyOnce() {
    sessions.inTransaction(s -> s.persist(
        new CatalogueVersionEntity("1.0.0", "a".repeat(64), "x", Instant.now())));
    assertThatThrownBy(() -> sessions.inTransaction(s -> s.persist(
            new CatalogueVersionEntity("1.0.0", "b".repeat(64), "y", Instant.now()))))
        .satisfies(e -> assertThat(stackTrace(e)).containsIgnoringCase("uq_catalogue_version_version"));
  }
}
