package org.idic.crm.domain.customer;

import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.Text;

/**
 * One change for many customers at once: a new owner, or a tag added or removed.
 *
 * @param ownerId the new owner (REASSIGN only)
 * @param tag     the tag (ADD_TAG and REMOVE_TAG only), cleaned as a customer's tags are
 */
public record BulkChange(Kind kind, Long ownerId, String tag) {

    /** What the change does. */
    public enum Kind {
        REASSIGN, ADD_TAG, REMOVE_TAG
    }

    /** The longest tag (as on the customer form). */
    public static final int TAG_LENGTH = 40;

    public BulkChange {
        if (kind == null) {
            throw new RuleViolationException("action", "bulk.action.required");
        }
        tag = kind == Kind.REASSIGN ? null : Text.clean(tag);
        if (kind == Kind.REASSIGN && ownerId == null) {
            throw new RuleViolationException("ownerId", "bulk.owner.required");
        }
        if (kind != Kind.REASSIGN && (tag == null || tag.length() > TAG_LENGTH)) {
            throw new RuleViolationException("tag", "bulk.tag.invalid", TAG_LENGTH);
        }
        ownerId = kind == Kind.REASSIGN ? ownerId : null;
    }

    public static BulkChange reassignTo(Long ownerId) {
        return new BulkChange(Kind.REASSIGN, ownerId, null);
    }

    public static BulkChange addTag(String tag) {
        return new BulkChange(Kind.ADD_TAG, null, tag);
    }

    public static BulkChange removeTag(String tag) {
        return new BulkChange(Kind.REMOVE_TAG, null, tag);
    }
}
