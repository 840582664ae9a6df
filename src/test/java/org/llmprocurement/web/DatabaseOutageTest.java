package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is unreachable" (answered 503) and which stay ordinary errors. */
@org.junit.jupiter.api.Tag("unit")
class DatabaseOutageTest {

  @Test
  void connectionFailuresAnywhereInTheCauseChainAreOutages() {
    // Hikari after its connection-timeout, wrapped by MyBatis and the engine, as a request sees it
    var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
    assertThat(DatabaseOutage.causedBy(new ProcessEngineException("engine", new RuntimeException("mybatis", hikari)))).isTrue();
    // PostgreSQL: refused (08001), broken (08006), shut down by the administrator (57P01), starting up (57P03)
    for (String state : new String[] {"08001", "08006", "57P01", "57P03"}) {
      assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("down", state)))).as(state).isTrue();
    }
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
    // a transaction cut off by a restart: its rollback meets the connection Hikari has already closed
    assertThat(DatabaseOutage.causedBy(new RuntimeException("Unable to rollback against JDBC Connection",
        new SQLException("Connection is closed")))).isTrue();
  }

  @Test
  void otherFailuresAreNotOutages() {
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("serialization failure", "40001"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed", "23505"))).as("a state decides").isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }
}
