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
    SEGMENTATION_RUN,
    /** The throttle locked a username (from one address, or from all addresses but the user's own). */
    LOGIN_LOCKOUT,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    DISABLE,
    ENABLE,
    /** The retention purge removed old audit lines. */
    PURGE
}
