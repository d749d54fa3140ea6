package org.idic.crm.domain.customerlist;

import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerStatus;

/**
 * One line of a customer list; the score columns (tier, ABC class, pyramid level, RFM code and segment,
 * lifecycle, relationship, CLV, current value) are null without a current snapshot.
 */
public record CustomerRow(Long id, String number, String name, CustomerKind kind, CustomerStatus status,
        Long ownerId, String ownerName, List<String> tags, String phone, String email, String city,
        Instant lastActivityAt, String tier, String lifecycle, Double predictedClv, Double currentValue,
        String abcClass, String pyramidLevel, String rfmCode, String rfmSegment, String relationship) {
}
