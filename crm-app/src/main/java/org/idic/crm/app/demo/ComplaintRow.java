package org.idic.crm.app.demo;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.idic.crm.domain.support.Copy;

/** A synthetic complaint with every step up to its status filled in, by its handler. */
final class ComplaintRow {

    private ComplaintRow() {
    }

    static void write(SyntheticCustomer c, Copy copy, Ids ids, long handler, ZoneId zone, LocalDate today)
            throws SQLException {
        OffsetDateTime end = OffsetDateTime.parse(Timestamps.at(today, 17 * 60, zone).replace(' ', 'T'));
        for (SyntheticCustomer.Complaint k : c.complaints) {
            OffsetDateTime received = OffsetDateTime.parse(Timestamps.at(k.day(), 10 * 60, zone).replace(' ', 'T'));
            OffsetDateTime due = received.plus(timeToClose(k.severity()));
            String status = k.status();
            boolean assessed = !status.equals("RECEIVED");
            boolean founded = !status.equals("REJECTED") && !(status.equals("CLOSED") && k.day().getDayOfMonth() % 5 == 0);
            boolean resolved = status.equals("RESOLUTION_PROPOSED") || (status.equals("CLOSED") && founded);
            boolean closed = status.equals("CLOSED");
            OffsetDateTime assessedAt = min(received.plusHours(20), end);
            OffsetDateTime resolvedAt = min(received.plusHours(44), end);
            OffsetDateTime closedAt = min(received.plusDays(4), end);
            copy.add(ids.complaintBase + (++ids.complaints)).add(ids.customerId(c.index)).add(k.channel())
                    .add(k.category()).add(k.severity()).add(description(k, c.chinese)).add(handler).add(status)
                    .add(due).add(received).add(handler).add(c.chinese ? "客户要求尽快处理" : "Customer wants it sorted quickly")
                    .add(assessed ? assessedAt : null).add(assessed ? handler : null).add(assessed ? founded : null)
                    .add(assessed && !founded ? (c.chinese ? "经核实，问题由使用不当引起" : "Checked: caused by misuse")
                            : null)
                    .add(resolved ? resolvedAt : null).add(resolved ? handler : null)
                    .add(resolved ? (c.chinese ? "免费更换并赠送优惠券" : "Free replacement and a voucher") : null)
                    .add(resolved ? 20 + (ids.complaints * 37 % 300) : null)
                    .add(closed ? closedAt : null).add(closed ? handler : null)
                    .add(closed ? (c.chinese ? "回访：客户表示满意" : "Called back: customer is content") : null)
                    .add(closed ? 1 + (int) (ids.complaints * 7 % 5) : null).add(received)
                    .add(closed ? closedAt : resolved ? resolvedAt : assessed ? assessedAt : received).endRow();
        }
    }

    private static Duration timeToClose(String severity) {
        return switch (severity) {
            case "CRITICAL" -> Duration.ofDays(1);
            case "HIGH" -> Duration.ofDays(3);
            case "MEDIUM" -> Duration.ofDays(7);
            default -> Duration.ofDays(14);
        };
    }

    private static String description(SyntheticCustomer.Complaint k, boolean chinese) {
        return chinese ? "客户反映：" + switch (k.category()) {
            case "DELIVERY" -> "货物延迟送达，包装破损";
            case "BILLING" -> "发票金额与报价不符";
            case "STAFF_ATTITUDE" -> "服务人员态度冷淡";
            case "PRODUCT_QUALITY" -> "产品有质量问题";
            default -> "对服务不满意";
        } : "Customer reports: " + switch (k.category()) {
            case "DELIVERY" -> "late delivery, damaged packaging";
            case "BILLING" -> "invoice does not match the quote";
            case "STAFF_ATTITUDE" -> "unfriendly service staff";
            case "PRODUCT_QUALITY" -> "faulty product";
            default -> "unhappy with the service";
        };
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
