package org.idic.crm.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL data directory opens only with the major version that wrote it. A CRM that brings another
 * major version refuses it at once and says how to move the data across (backup with the version that
 * wrote it, restore with this one); the directory is never touched.
 */
final class DataVersion {

    private DataVersion() {
    }

    static void check(Path root, Path postgresData, int bundledMajor) {
        Path file = postgresData.resolve("PG_VERSION");
        if (!Files.isRegularFile(file)) {
            return; // a new data directory
        }
        int major;
        try {
            major = Integer.parseInt(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            throw new EmbeddedDatabaseException(file + ": not a PostgreSQL version number (" + e.getMessage() + ").",
                    "The data directory is damaged. It has been left as it is: restore your latest backup into a new "
                    + "directory (restore --from FILE --crm.data-dir=NEW_DIRECTORY; see docs/operations.md).", e);
        }
        if (major == bundledMajor) {
            return;
        }
        String oldFile = "crm-backup.zip";
        if (major < bundledMajor) {
            throw new EmbeddedDatabaseException("The data directory " + root + " holds a PostgreSQL " + major
                    + " database; this version of the CRM brings PostgreSQL " + bundledMajor + ", which cannot open "
                    + "it. Nothing was changed.", "Move the data across in two steps (docs/operations.md, "
                    + "\"Upgrading\"): 1. with the previous version of the CRM, the one that ran on this directory: "
                    + "java -jar crm-app.jar backup --to " + oldFile + " --crm.data-dir=" + root + "  2. with this "
                    + "version: java -jar crm-app.jar restore --from " + oldFile + " --crm.data-dir=NEW_DIRECTORY, then "
                    + "start it with --crm.data-dir=NEW_DIRECTORY. Keep " + root + " until the new directory works.",
                    null);
        }
        throw new EmbeddedDatabaseException("The data directory " + root + " holds a PostgreSQL " + major
                + " database, written by a newer version of the CRM; this version brings PostgreSQL " + bundledMajor
                + ". Nothing was changed.", "Run the newer version of the CRM on it. To go back to this version, back "
                + "up with the newer one (backup --to " + oldFile + ") and restore with this one into a new directory "
                + "(restore --from " + oldFile + " --crm.data-dir=NEW_DIRECTORY); see docs/operations.md.", null);
    }
}
