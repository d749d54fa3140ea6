package org.idic.crm.domain.access;

/** What a user may see and do: a rep their own customers, a manager their team's, an admin all. */
public enum Role {
    REP, MANAGER, ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
