package org.idic.crm.domain.user;

import java.time.Instant;
import java.util.List;

/** A view of a list a user saved: the list's query string (filters and sort), its columns, a name. */
public record SavedView(Long id, String name, String query, List<String> columns, Instant updatedAt) {
}
