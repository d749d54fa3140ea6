package org.idic.crm.domain.audit;

/** The kinds of event the audit trail records. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_THROTTLED,
    ACCESS_DENIED,
    CREATE,
    UPDATE,
    DELETE,
    REASSIGN,
    EXPORT,
    IMPORT,
    SETTINGS_CHANGE,
    SEGMENTATION_RUN
}
