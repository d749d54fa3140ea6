package org.idic.crm.domain.segmentation;

/** Where a segmentation run stands. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
