package org.idic.crm.app.backup;

import java.sql.SQLException;
import java.sql.Statement;

/** The session settings under which rows are written out and read in again, the same both ways. */
final class Session {

    private Session() {
    }

    static void settings(Statement s) throws SQLException {
        s.execute("set local client_encoding = 'UTF8'");
        s.execute("set local datestyle = 'ISO, YMD'");
        s.execute("set local intervalstyle = 'postgres'");
        s.execute("set local timezone = 'UTC'");
        s.execute("set local extra_float_digits = 3");
        s.execute("set local bytea_output = 'hex'");
    }

    static String serverVersion(Statement s) throws SQLException {
        try (var rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }
}
