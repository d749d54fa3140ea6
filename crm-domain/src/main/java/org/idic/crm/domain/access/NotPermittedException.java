package org.idic.crm.domain.access;

/** The actor may see the record but not do this to it (e.g. a rep reassigning a customer). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
