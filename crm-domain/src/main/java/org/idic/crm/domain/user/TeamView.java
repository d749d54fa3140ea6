package org.idic.crm.domain.user;

/** A team with its head count (enabled members) and its version for edits. */
public record TeamView(Long id, String name, long version, long members, long managers) {
}
