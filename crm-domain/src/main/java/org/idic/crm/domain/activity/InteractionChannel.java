package org.idic.crm.domain.activity;

/**
 * How we were in touch. Each channel has a cost per interaction (a segmentation setting) that adds to
 * the customer's cost-to-serve; complaints use the same channels.
 */
public enum InteractionChannel {
    VISIT, PHONE, EMAIL, LETTER, WEBSITE, INSTANT_MESSAGE, MEETING, EVENT
}
