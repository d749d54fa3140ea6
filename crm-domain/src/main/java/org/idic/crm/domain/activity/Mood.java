package org.idic.crm.domain.activity;

/** How the customer came across. */
public enum Mood {
    NEGATIVE, NEUTRAL, POSITIVE
}
