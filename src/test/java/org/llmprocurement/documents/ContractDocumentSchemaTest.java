package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V3 migration and {@link ContractDocument} agree: Hibernate validates the migrated table (as
 * the application does with {@code ddl-auto=validate}) and a multi-megabyte document round-trips
 * byte for byte. Runs on H2 without Spring; point it at a throwaway PostgreSQL database with
 * {@code -Ddocuments.schemaTest.url=jdbc:postgresql://127.0.0.1:5432/throwaway -Ddocuments.schemaTest.user=postgres}.
 */
class ContractDocumentSchemaTest {

  private static final String URL = System.getProperty("documents.schemaTest.url",
      "jdbc:h2:mem:documents_schema;DB_CLOSE_DELAY=-1");
  private static final String USER = System.getProperty("documents.schemaTest.user", "sa");
  private static final String PASSWORD = System.getProperty("documents.schemaTest.password", "");

  private SessionFactory sessions;
  private long procurementId;

  @BeforeEach
  void migrate() throws SQLException {
    Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration")
        .cleanDisabled(false).load().clean();
    Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
    sessions = new Configuration()
        .addAnnotatedClass(ContractDocument.class)
        .setProperty("hibernate.connection.url", URL)
        .setProperty("hibernate.connection.username", USER)
        .setProperty("hibernate.connection.password", PASSWORD)
        .setProperty("hibernate.hbm2ddl.auto", "validate")
        .buildSessionFactory();
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.createStatement().executeUpdate("INSERT INTO procurement (business_key, title, vendor, product, use_case,"
          + " requester, submitted_by, business_owner, technical_owner, surfaces, customer_facing, regulated_data,"
          + " data_categories, automated_decisions, eu_ai_act_area, deployment_stage, allowed_regions, expected_users,"
          + " created_at) VALUES ('LLMP-2026-00001', 't', 'v', 'p', 'u', 'r', 's', 'b', 'o', 'API', FALSE, FALSE,"
          + " 'PUBLIC', FALSE, 'NONE', 'PILOT', 'EU', 1, CURRENT_TIMESTAMP)");
      var rows = c.createStatement().executeQuery("SELECT id FROM procurement");
      rows.next();
      procurementId = rows.getLong(1);
    }
  }

  @AfterEach
  void close() {
    if (sessions != null) {
      sessions.close();
    }
  }

  private ContractDocument document(int version, byte[] content, Long supersedes) {
    return new ContractDocument(procurementId, DocumentType.DPA, "DPA", version, "dpa.pdf", "application/pdf", content,
        Versioning.sha256(content), "demo-procurement", Instant.now().truncatedTo(ChronoUnit.MICROS),
        LocalDate.of(2026, 1, 1), supersedes);
  }

  @Test
  void entityMatchesTheMigratedTableAndLargeContentRoundTrips() {
    byte[] content = new byte[5 * 1024 * 1024];
    new Random(7).nextBytes(content);
    ContractDocument stored = document(1, content, null);
    sessions.inTransaction(s -> s.persist(stored));

    ContractDocument read = sessions.fromSession(s -> s.find(ContractDocument.class, stored.getId()));
    assertThat(read.getContent()).isEqualTo(content);
    assertThat(read.getSizeBytes()).isEqualTo(content.length);
    assertThat(read.getSha256()).isEqualTo(Versioning.sha256(content));
    assertThat(read.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(read.getUploadedAt()).isEqualTo(stored.getUploadedAt());
  }

  @Test
  void aVersionOfAFamilyIsStoredOnlyOnce() {
    sessions.inTransaction(s -> s.persist(document(1, new byte[] {1}, null)));
    assertThatThrownBy(() -> sessions.inTransaction(s -> s.persist(document(1, new byte[] {2}, null))))
        .satisfies(e -> assertThat(stackTrace(e)).containsIgnoringCase("uq_contract_document_version"));
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
