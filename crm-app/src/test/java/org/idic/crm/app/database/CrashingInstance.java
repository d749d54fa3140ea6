package org.idic.crm.app.database;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;

/** Run in a separate JVM by a test that kills it, to leave an orphaned PostgreSQL server behind. */
final class CrashingInstance {

    static final String READY = "CRASHING-INSTANCE-READY";

    private CrashingInstance() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var s = c.createStatement()) {
            s.execute("create table note (text varchar(50))");
            s.execute("insert into note values ('before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
