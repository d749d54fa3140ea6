package org.idic.crm.domain.access;

/**
 * There is no such record for this actor: it does not exist, or it is not theirs to see. The two are
 * deliberately indistinguishable.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
