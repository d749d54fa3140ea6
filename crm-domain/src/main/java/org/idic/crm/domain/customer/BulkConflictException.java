package org.idic.crm.domain.customer;

/**
 * Someone changed, added or removed a customer of a many-customer change after its confirmation was
 * shown: nothing was changed, and the user confirms again what the customers are now.
 */
public class BulkConflictException extends RuntimeException {

    private final int selected;

    public BulkConflictException(int selected) {
        super("the selection of " + selected + " customers changed since it was confirmed");
        this.selected = selected;
    }

    public int selected() {
        return selected;
    }
}
