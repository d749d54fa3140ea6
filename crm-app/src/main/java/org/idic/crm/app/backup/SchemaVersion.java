package org.idic.crm.app.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;

/** The version of the schema: the highest migration Flyway applied successfully. */
final class SchemaVersion {

    private SchemaVersion() {
    }

    static String of(Connection c) throws SQLException {
        MigrationVersion highest = null;
        try (ResultSet rs = c.createStatement().executeQuery("select version from flyway_schema_history where success"
                + " and version is not null")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                highest = highest == null || v.isNewerThan(highest) ? v : highest;
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new SQLException("this database holds no CRM schema (no flyway_schema_history table)", e);
            }
            throw e;
        }
        if (highest == null) {
            throw new SQLException("this database holds no CRM schema (no migration was applied)");
        }
        return highest.getVersion();
    }
}
