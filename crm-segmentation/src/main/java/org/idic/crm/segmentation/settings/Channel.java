package org.idic.crm.segmentation.settings;

/** Interaction channels whose cost per interaction makes up the cost-to-serve. */
public enum Channel {
    VISIT, PHONE, EMAIL, LETTER, WEBSITE, INSTANT_MESSAGE, MEETING, EVENT
}
