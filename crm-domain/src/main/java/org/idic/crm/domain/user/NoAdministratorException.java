package org.idic.crm.domain.user;

/** Start-up cannot continue: nobody would be able to sign in. */
public class NoAdministratorException extends RuntimeException {

    public NoAdministratorException(String message) {
        super(message);
    }
}
