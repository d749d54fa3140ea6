package org.idic.crm.domain.customer;

/** Personality type (性格类型); each comes with handling advice for the rep. */
public enum PersonalityType {
    FRIENDLY, DOMINANT, ANALYTICAL, SELF_CENTRED
}
