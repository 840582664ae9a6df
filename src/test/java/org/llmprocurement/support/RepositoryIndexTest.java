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
 * Every look-up a repository derives from its method name ({@code findByProcessInstanceId},
 * {@code findByContractIdOrderByIdAsc} ...) starts on an indexed column, so its cost does not grow
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
  void everyDerivedLookupStartsOnAnIndexedColumn() throws Exception {
    SessionFactoryImplementor sessions = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    Repositories repositories = new Repositories(context);
    List<String> unindexed = new ArrayList<>();
    int lookups = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (Class<?> domain : repositories) {
        RepositoryInformation info = repositories.getRepositoryInformationFor(domain).orElseThrow();
        AbstractEntityPersister persister = (AbstractEntityPersister) sessions.getMappingMetamodel().getEntityDescriptor(domain);
        Set<String> leading = leadingIndexColumns(connection, persister.getTableName());
        for (Method method : info.getQueryMethods()) {
          if (method.isAnnotationPresent(Query.class) || !method.getName().matches("(?:find|read|get|query|search|stream|count|exists|delete|remove)\\w*By\\w+")) {
            continue;
          }
          PartTree tree = new PartTree(method.getName(), domain);
          String property = tree.getParts().iterator().next().getProperty().toDotPath();
          String column = persister.getPropertyColumnNames(property)[0].toLowerCase(Locale.ROOT);
          lookups++;
          if (!leading.contains(column)) {
            unindexed.add(info.getRepositoryInterface().getSimpleName() + "." + method.getName() + ": "
                + persister.getTableName() + "." + column);
          }
        }
      }
    }
    assertThat(lookups).as("derived look-ups checked").isGreaterThan(40);
    assertThat(unindexed).as("look-ups without an index on their first column").isEmpty();
  }

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
