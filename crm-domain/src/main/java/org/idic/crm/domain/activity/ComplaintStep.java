package org.idic.crm.domain.activity;

/** A step of the complaint process that moves it forward. */
public enum ComplaintStep {
    VALIDATE, REJECT, PROPOSE_RESOLUTION, FOLLOW_UP
}
