package org.idic.crm.app.database;

/** The embedded database cannot start; the message says why in one line, the action what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
