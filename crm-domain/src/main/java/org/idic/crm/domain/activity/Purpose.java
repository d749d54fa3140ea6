package org.idic.crm.domain.activity;

/** Why we were in touch: information, care (emotional care), or feedback. */
public enum Purpose {
    INFORMATION, CARE, FEEDBACK
}
