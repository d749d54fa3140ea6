package org.idic.crm.app.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL being started on a thread of its own while Spring reads its configuration (see
 * {@link EarlyStart}). The database bean claims it and from then on owns it; if the context stops before
 * anyone claimed it (another bean failed), it is stopped here.
 */
final class StartingDatabase implements DisposableBean {

    static final String BEAN = "crm.startingEmbeddedDatabase";

    private final CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
    private volatile boolean claimed;

    private StartingDatabase() {
    }

    static StartingDatabase begin(Path dataDirectory) {
        StartingDatabase starting = new StartingDatabase();
        Thread thread = new Thread(() -> {
            try {
                starting.database.complete(EmbeddedDatabase.start(dataDirectory));
            } catch (RuntimeException | Error e) {
                starting.database.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    /** Waits until the server runs, and hands it over; throws what stopped it from starting. */
    EmbeddedDatabase claim() {
        claimed = true;
        try {
            return database.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        if (claimed) {
            return; // closed by the database bean
        }
        try {
            database.join().close();
        } catch (CompletionException notStarted) {
            // nothing runs, nothing to stop
        }
    }
}
