package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.intake.IntakeValidator;
import org.llmprocurement.review.ReviewInput;

/**
 * The validators' maxima and the Flyway schema agree: every text a validator accepts fits its
 * column, so a long text is a 400 from the validator, never a database error.
 */
@Tag("unit")
class SchemaLimitsTest {

  private static final Map<String, Integer> COLUMNS = new HashMap<>();

  @BeforeAll
  static void readMigrations() throws IOException {
    Pattern table = Pattern.compile("(?is)CREATE TABLE (\\w+) \\((.*?)\\n\\);");
    Pattern column = Pattern.compile("(?im)^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)");
    Pattern added = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.sorted().toList()) {
        String sql = Files.readString(file);
        Matcher t = table.matcher(sql);
        while (t.find()) {
          Matcher c = column.matcher(t.group(2));
          while (c.find()) {
            COLUMNS.put(t.group(1).toLowerCase(Locale.ROOT) + "." + c.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(c.group(2)));
          }
        }
        Matcher a = added.matcher(sql);
        while (a.find()) {
          COLUMNS.put(a.group(1).toLowerCase(Locale.ROOT) + "." + a.group(2).toLowerCase(Locale.ROOT), Integer.parseInt(a.group(3)));
        }
      }
    }
    assertThat(COLUMNS).as("migrations parsed").containsKeys("procurement.title", "review_item.justification");
  }

  private static int column(String name) {
    assertThat(COLUMNS).containsKey(name);
    return COLUMNS.get(name);
  }

  @Test
  void intakeFieldsFitTheirColumns() {
    for (String name : new String[] {"title", "vendor", "product", "business_owner", "technical_owner"}) {
      assertThat(column("procurement." + name)).as(name).isEqualTo(IntakeValidator.MAX_TEXT);
    }
    assertThat(column("procurement.use_case")).isEqualTo(IntakeValidator.MAX_USE_CASE);
    assertThat(column("procurement.requester")).isGreaterThanOrEqualTo(100);
  }

  @Test
  void tierDecisionTextsFitTheirColumns() {
    assertThat(IntakeValidator.MAX_TIER_JUSTIFICATION).isLessThanOrEqualTo(column("tier_change.justification"));
    assertThat(IntakeValidator.MAX_DECISION_COMMENT).isLessThanOrEqualTo(column("tier_change.decision_comment"));
    // both are shown again in string variables: the refusal note quotes the comment with ~120 characters around it
    assertThat(IntakeValidator.MAX_DECISION_COMMENT + 200).isLessThan(4000);
    assertThat(IntakeValidator.MAX_TIER_JUSTIFICATION).isLessThan(4000);
  }

  @Test
  void reviewDecisionTextsFitTheirColumns() {
    Map<String, String> columnOf = Map.of("section", "section_ref", "clauseText", "clause_text", "section2", "section2_ref",
        "clause2Text", "clause2_text", "controllingReference", "controlling_reference", "justification", "justification");
    assertThat(ReviewInput.MAX_LENGTH.keySet()).containsExactlyInAnyOrderElementsOf(columnOf.keySet());
    columnOf.forEach((field, col) ->
        assertThat(column("review_item." + col)).as(field).isEqualTo(ReviewInput.MAX_LENGTH.get(field)));
    assertThat(column("review_item.approval_comment")).isEqualTo(ReviewInput.MAX_APPROVAL_COMMENT);
    // a disputed finding keeps its justification in its own column
    assertThat(column("review_item.dispute_justification")).isEqualTo(ReviewInput.MAX_LENGTH.get("justification"));
    // every text field of the review input has a maximum
    assertThat(ReviewInput.FIELDS).filteredOn(f -> !f.endsWith("Id") && !f.equals("decision") && !f.equals("evidenceExpiry")
        && !f.equals("disputeFinding")).allMatch(ReviewInput.MAX_LENGTH::containsKey);
  }

  /** Every JPA text column states the length the migration gives it (Hibernate validates types, not lengths). */
  @Test
  void jpaColumnLengthsAreTheMigrationsLengths() throws Exception {
    String[] entities = {"org.llmprocurement.intake.Procurement", "org.llmprocurement.intake.TierChange",
        "org.llmprocurement.review.ReviewItem", "org.llmprocurement.review.ReviewOutcome",
        "org.llmprocurement.documents.ContractDocument", "org.llmprocurement.catalogue.CatalogueVersionEntity"};
    int checked = 0;
    for (String name : entities) {
      Class<?> entity = Class.forName(name);
      String table = entity.isAnnotationPresent(jakarta.persistence.Table.class)
          ? entity.getAnnotation(jakarta.persistence.Table.class).name()
          : entity.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
      for (java.lang.reflect.Field field : entity.getDeclaredFields()) {
        jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
        if (column == null || field.getType() != String.class) {
          continue;
        }
        String columnName = column.name().isEmpty()
            ? field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) : column.name();
        Integer length = COLUMNS.get(table + "." + columnName);
        if (length != null) {
          assertThat(column.length()).as(table + "." + columnName).isEqualTo(length);
          checked++;
        }
      }
    }
    assertThat(checked).as("text columns compared").isGreaterThan(20);
  }
}
