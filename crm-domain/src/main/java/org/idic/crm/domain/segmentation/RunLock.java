package org.idic.crm.domain.segmentation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL session lock that a run holds from before its row is written until it ends, on a
 * connection of its own. The database lets it go when that connection goes, so when a killed instance
 * leaves its run in the table as RUNNING, whoever can take the lock knows the run is dead.
 */
final class RunLock implements AutoCloseable {

    private final Connection connection;

    private RunLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or nothing if another session holds it (a run in progress). */
    static Optional<RunLock> tryTake(DataSource dataSource) {
        return take(dataSource, 0);
    }

    /**
     * Waits up to {@code waitMillis} for the lock (another instance may hold it for the moment it takes
     * to look for dead runs).
     */
    static Optional<RunLock> take(DataSource dataSource, int waitMillis) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean taken;
            try (Statement s = connection.createStatement()) {
                if (waitMillis == 0) {
                    try (var rs = s.executeQuery("select pg_try_advisory_lock(" + SegmentationRuns.LOCK_KEY + ")")) {
                        rs.next();
                        taken = rs.getBoolean(1);
                    }
                } else {
                    s.execute("set lock_timeout = " + waitMillis);
                    taken = tryBlocking(s);
                    s.execute("reset lock_timeout");
                }
            }
            if (taken) {
                return Optional.of(new RunLock(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the segmentation run lock: " + e.getMessage(), e);
        }
    }

    private static boolean tryBlocking(Statement s) throws SQLException {
        try {
            s.execute("select pg_advisory_lock(" + SegmentationRuns.LOCK_KEY + ")");
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) { // lock_not_available: waited long enough
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try (Statement s = connection.createStatement()) {
            // all of them: the connection goes back to the pool, and a lock left on it would outlive the run
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            // the connection is gone, and the lock with it
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }
}
