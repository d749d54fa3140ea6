package org.idic.crm.domain.interaction;

/** How the customer came across. */
public enum Mood {
    NEGATIVE, NEUTRAL, POSITIVE
}
