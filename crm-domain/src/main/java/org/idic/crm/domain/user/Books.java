package org.idic.crm.domain.user;

import org.idic.crm.domain.access.Actor;

/**
 * What a person holds that someone else must take over when they leave or change team: implemented by
 * the modules that own such records (customers and their follow-ups, open complaints), so that the user
 * module can require a successor and move everything without depending on them.
 */
public interface Books {

    /** How many records the user holds that would be left without an owner. */
    long heldBy(Long userId);

    /**
     * Gives everything the user holds to {@code successorId}, in the caller's transaction, audited as
     * reassignments by {@code actor}.
     */
    void handOver(Actor actor, Long userId, Long successorId);
}
