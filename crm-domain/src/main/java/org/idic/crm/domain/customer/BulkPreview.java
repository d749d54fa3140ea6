package org.idic.crm.domain.customer;

import java.util.List;

/**
 * What a change of many customers would do, for the confirmation: how many were selected, how many it
 * would change (a customer who already has the tag or the owner is left alone), the names of some of
 * them, and the fingerprint of the selection as it is now (each customer's id and version), which the
 * change itself must be given back so that it applies to exactly what was confirmed.
 */
public record BulkPreview(int selected, int changing, List<String> sample, String newOwnerName,
        String fingerprint) {

    /** How many names a confirmation shows. */
    public static final int SAMPLE = 10;
}
