package org.idic.crm.app.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.idic.crm.domain.support.Copy;

/** A synthetic complaint with every step up to its status filled in, by its handler. */
final class ComplaintRow {

    private ComplaintRow() {
    }

    static void write(SyntheticCustomer c, CopyRows copy, Ids ids, long handler, ZoneId zone, LocalDate today) {
        OffsetDateTime end = at(today, 17 * 60, zone);
        for (SyntheticCustomer.Complaint k : c.complaints) {
            OffsetDateTime received = at(k.day(), 10 * 60, zone);
            OffsetDateTime due = received.plus(timeToClose(k.severity()));
            String status = k.status();
            boolean assessed = !status.equals("RECEIVED");
            boolean founded = !status.equals("REJECTED") && !(status.equals("CLOSED") && k.day().getDayOfMonth() % 5 == 0);
            boolean resolved = status.equals("RESOLUTION_PROPOSED") || (status.equals("CLOSED") && founded);
            boolean closed = status.equals("CLOSED");
            OffsetDateTime assessedAt = min(received.plusHours(20), end);
            OffsetDateTime resolvedAt = min(received.plusHours(44), end);
            OffsetDateTime closedAt = min(received.plusDays(4), end);
            copy.row(26).int8(ids.complaintBase + (++ids.complaints)).int8(ids.customerId(c.index)).text(k.channel())
                    .text(k.category()).text(k.severity()).text(description(k, c.chinese)).int8(handler).text(status)
                    .timestamptz(seconds(due)).timestamptz(seconds(received)).int8(handler)
                    .text(c.chinese ? "客户要求尽快处理" : "Customer wants it sorted quickly")
                    .timestamptz(assessed ? seconds(assessedAt) : null).int8(assessed ? handler : null)
                    .bool(assessed ? founded : null)
                    .text(assessed && !founded ? (c.chinese ? "经核实，问题由使用不当引起" : "Checked: caused by misuse")
                            : null)
                    .timestamptz(resolved ? seconds(resolvedAt) : null).int8(resolved ? handler : null)
                    .text(resolved ? (c.chinese ? "免费更换并赠送优惠券" : "Free replacement and a voucher") : null)
                    .money(resolved ? (20 + (ids.complaints * 37 % 300)) * 100 : null)
                    .timestamptz(closed ? seconds(closedAt) : null).int8(closed ? handler : null)
                    .text(closed ? (c.chinese ? "回访：客户表示满意" : "Called back: customer is content") : null)
                    .int4(closed ? 1 + (int) (ids.complaints * 7 % 5) : null).timestamptz(seconds(received))
                    .timestamptz(seconds(closed ? closedAt : resolved ? resolvedAt : assessed ? assessedAt : received));
        }
    }

    private static OffsetDateTime at(LocalDate day, int minuteOfDay, ZoneId zone) {
        return OffsetDateTime.of(day.atTime(minuteOfDay / 60, minuteOfDay % 60), Timestamps.offset(day, minuteOfDay,
                zone));
    }

    private static Long seconds(OffsetDateTime time) {
        return time.toEpochSecond();
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
