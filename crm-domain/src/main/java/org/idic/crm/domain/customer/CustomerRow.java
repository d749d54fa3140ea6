package org.idic.crm.domain.customer;

import java.time.Instant;
import java.util.List;

/** One line of a customer list. */
public record CustomerRow(Long id, String number, String name, CustomerKind kind, CustomerStatus status,
        Long ownerId, String ownerName, List<String> tags, String phone, String email, String city,
        Instant lastActivityAt) {
}
