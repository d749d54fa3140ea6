package org.idic.crm.segmentation.clv;

/** Which model produced the predicted CLV of a run. */
public enum ClvModel {
    BG_NBD_GAMMA_GAMMA, RETENTION_FALLBACK
}
