package org.idic.crm.domain.interaction;

/** Why we were in touch: information, care (emotional care), or feedback. */
public enum Purpose {
    INFORMATION, CARE, FEEDBACK
}
