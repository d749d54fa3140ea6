package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are the database being unavailable (a 503 page), and which are not (a 500 stays a 500). */
class DatabaseUnavailableFilterTest {

    @Test
    void aRollbackOnAConnectionTheServerEndedIsTheDatabaseBeingUnavailable() {
        // as seen when PostgreSQL stopped during an order's insert: the insert failed with 57P01, and the
        // rollback that followed, on the connection the pool had closed meanwhile, replaced that failure
        var rollback = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DatabaseUnavailableFilter.connectionFailure(rollback)).hasMessage("Connection is closed");
    }

    @Test
    void theServerShuttingDownIsTheDatabaseBeingUnavailable() {
        var insert = new JpaSystemException(new RuntimeException("could not execute statement",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnavailableFilter.connectionFailure(insert)).isNotNull();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseUnavailableFilter.connectionFailure(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isNull();
        assertThat(DatabaseUnavailableFilter.connectionFailure(new JpaSystemException(new RuntimeException(
                new SQLException("Connection is closed", "42000"))))).isNull();
    }
}
