package org.llmprocurement.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.repository.support.Repositories;

/**
 * Every look-up of a repository ({@code findByProcessInstanceId}, {@code findByContractIdOrderByIdAsc}
 * ..., written as JPQL or derived from the method's name) starts on an indexed column, so its cost does not grow
 * with the table: the procurement found after each start by its process instance scanned every
 * procurement (issue 14). Meant for the PostgreSQL suite: H2 indexes every foreign key by itself,
 * PostgreSQL does not.
 */
class RepositoryIndexTest extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  EntityManagerFactory entityManagerFactory;

  @Autowired
  DataSource dataSource;

  @Test
  void everyLookupStartsOnAnIndexedColumn() throws Exception {
    SessionFactoryImplementor sessions = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    Repositories repositories = new Repositories(context);
    List<String> unindexed = new ArrayList<>();
    int lookups = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (Class<?> domain : repositories) {
        RepositoryInformation info = repositories.getRepositoryInformationFor(domain).orElseThrow();
        AbstractEntityPersister persister = (AbstractEntityPersister) sessions.getMappingMetamodel().getEntityDescriptor(domain);
        if (persister.getTableName().startsWith("(")) {
          continue; // a read-only view over the engine's history (@Subselect): its indexes are the engine's
        }
        Set<String> leading = leadingIndexColumns(connection, persister.getTableName());
        for (Method method : info.getQueryMethods()) {
          String property = firstProperty(method, domain);
          if (property == null) {
            continue;
          }
          String column = persister.getPropertyColumnNames(property)[0].toLowerCase(Locale.ROOT);
          lookups++;
          if (!leading.contains(column)) {
            unindexed.add(info.getRepositoryInterface().getSimpleName() + "." + method.getName() + ": "
                + persister.getTableName() + "." + column);
          }
        }
      }
    }
    assertThat(lookups).as("look-ups checked").isGreaterThan(70);
    assertThat(unindexed).as("look-ups without an index on their first column").isEmpty();
  }

  /**
   * The property a look-up selects on first: the first condition after {@code where} of its JPQL
   * ({@code where e.procurementId = :procurementId ...}), or for a derived query the first part of
   * its name; null for a method that selects on nothing.
   */
  private static String firstProperty(Method method, Class<?> domain) {
    Query query = method.getAnnotation(Query.class);
    if (query != null) {
      Matcher where = FIRST_CONDITION.matcher(query.value());
      return where.find() ? where.group(1) : null;
    }
    if (!method.getName().matches("(?:find|read|get|query|search|stream|count|exists|delete|remove)\\w*By\\w+")) {
      return null;
    }
    return new PartTree(method.getName(), domain).getParts().iterator().next().getProperty().toDotPath();
  }

  private static final Pattern FIRST_CONDITION = Pattern.compile("\\bwhere\\s+\\w+\\.(\\w+)", Pattern.CASE_INSENSITIVE);

  /** The first column of every index (the primary key included) of a table, lower case. */
  private static Set<String> leadingIndexColumns(Connection connection, String table) throws Exception {
    DatabaseMetaData meta = connection.getMetaData();
    String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
    Set<String> columns = new HashSet<>();
    try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
      while (rs.next()) {
        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
          columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }
}
