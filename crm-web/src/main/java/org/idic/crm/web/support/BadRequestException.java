package org.idic.crm.web.support;

/** A request this application does not accept (for example a sort column outside the allow-list). */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
