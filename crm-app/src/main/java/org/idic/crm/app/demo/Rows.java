package org.idic.crm.app.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.idic.crm.domain.support.Copy;

/**
 * The rows of each table for one synthetic customer, in binary COPY format. The ids of contacts, orders,
 * lines, interactions and complaints run on from {@code ids}, which a chunk of customers gets set to where
 * the customers before it ended.
 */
final class Rows {

    static final String CUSTOMER_COLUMNS = "id, customer_number, kind, name, owner_id, team_id, status, source, tags, "
            + "phone, phone_digits, email, city, country, wallet_estimate, gender, birth_date, personality_type, "
            + "buying_style, industry, employee_count, credit_rating, cooperation_willingness, relationship_closeness, "
            + "priority_delivery, last_activity_at, created_at, updated_at";
    static final String CONTACT_COLUMNS = "id, customer_id, name, title, buying_role, phone, email, is_primary, "
            + "created_at, updated_at";
    static final String ORDER_COLUMNS = "id, customer_id, order_number, order_date, status, channel, amount, cost, "
            + "created_at, updated_at";
    static final String LINE_COLUMNS = "id, order_id, line_no, product_id, quantity, unit_price, unit_cost";
    static final String INTERACTION_COLUMNS = "id, customer_id, user_id, channel, direction, purpose, occurred_at, "
            + "duration_minutes, summary, mood, follow_up_on, follow_up_done, follow_up_done_at, created_at, updated_at";
    static final String COMPLAINT_COLUMNS = "id, customer_id, channel, category, severity, description, handler_id, "
            + "status, due_at, received_at, received_by, key_points, assessed_at, assessed_by, founded, "
            + "rejection_reason, resolution_at, resolution_by, resolution, compensation_cost, closed_at, closed_by, "
            + "follow_up_notes, satisfaction, created_at, updated_at";

    private static final String[] SOURCES = {"REFERRAL", "WEB", "EVENT", "COLD_CALL", "PARTNER", "ADVERTISING"};
    private static final String[] TAGS = {"vip", "export", "wholesale", "retail", "重点客户", "newsletter"};
    private static final String[] ROLES = {"DECISION_MAKER", "INFLUENCER", "PURCHASER", "USER", "GATEKEEPER"};

    private final BookShape shape;
    private final List<SyntheticBookWriter.Owner> owners;
    private final ZoneId zone;
    private final Ids ids;

    Rows(BookShape shape, List<SyntheticBookWriter.Owner> owners, ZoneId zone, Ids ids) {
        this.shape = shape;
        this.owners = owners;
        this.zone = zone;
        this.ids = ids;
    }

    SyntheticBookWriter.Owner owner(SyntheticCustomer c) {
        return owners.get((int) Math.floorMod(c.index * 7919L, owners.size()));
    }

    private SplittableRandom details(SyntheticCustomer c) {
        return new SplittableRandom(shape.seed() ^ (c.index * 0x9E3779B97F4A7C15L));
    }

    void customer(SyntheticCustomer c, CopyRows copy) {
        SplittableRandom r = details(c);
        SyntheticBookWriter.Owner owner = owner(c);
        String phone = c.chinese ? "+86 1" + (30 + r.nextInt(60)) + " " + (1000 + r.nextInt(9000)) + " "
                + (1000 + r.nextInt(9000)) : "+44 20 " + (7000 + r.nextInt(3000)) + " " + (1000 + r.nextInt(9000));
        String email = "c" + ids.customerId(c.index) + (c.organisation ? "@company.example" : "@mail.example");
        LocalDate createdDay = c.since.minusDays(r.nextInt(60));
        long created = Timestamps.epochSecond(createdDay, 9 * 60, zone);
        LocalDate lastDay = lastActivity(c);
        copy.row(28).int8(ids.customerId(c.index)).text(Ids.customerNumber(ids.customerNumberBase + c.index + 1))
                .text(c.organisation ? "ORGANISATION" : "INDIVIDUAL").text(c.name).int8(owner.userId())
                .int8(owner.teamId()).text(c.closed ? "CLOSED" : "ACTIVE").text(Names.pick(r, SOURCES))
                .textArray(tags(r)).text(phone).text(digits(phone)).text(email).text(c.city)
                .text(c.chinese ? "CN" : "GB").money(wallet(c));
        boolean details = shape.withDetails();
        if (!c.organisation && details) {
            copy.text(r.nextBoolean() ? "FEMALE" : "MALE").date(LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12),
                    1 + r.nextInt(28))).text(Names.pick(r, new String[] {"FRIENDLY", "DOMINANT", "ANALYTICAL",
                        "SELF_CENTRED"})).text(Names.pick(r, new String[] {"SOCIAL", "DIRECT_BUYER", "POLITE",
                            "BARGAINER", "NO_SHOW"}));
        } else {
            copy.nullValue().nullValue().nullValue().nullValue();
        }
        if (c.organisation && details) {
            copy.text(Names.pick(r, Names.INDUSTRIES)).int4(10 + r.nextInt(2000))
                    .text(Names.pick(r, new String[] {"AAA", "AA", "A", "BBB", "BB"})).int4(1 + r.nextInt(5))
                    .int4(1 + r.nextInt(5)).bool(r.nextInt(100) < 20);
        } else {
            copy.nullValue().nullValue().nullValue().nullValue().nullValue().bool(false);
        }
        long last = lastDay.isBefore(createdDay) ? created : Timestamps.epochSecond(lastDay, 17 * 60, zone);
        copy.timestamptz(last).timestamptz(created).timestamptz(created);
    }

    private static String digits(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        return digits.toString();
    }

    /** How many contacts an organisation has (individuals have none), as {@link #contacts} makes them. */
    int contactCount(SyntheticCustomer c) {
        return c.organisation && shape.withDetails() ? 1 + contactsRandom(c).nextInt(3) : 0;
    }

    private SplittableRandom contactsRandom(SyntheticCustomer c) {
        return new SplittableRandom(shape.seed() + c.index * 31L);
    }

    void contacts(SyntheticCustomer c, CopyRows copy) {
        if (!c.organisation) {
            return;
        }
        SplittableRandom r = contactsRandom(c);
        int count = 1 + r.nextInt(3);
        long created = Timestamps.epochSecond(c.since, 10 * 60, zone);
        for (int i = 0; i < count; i++) {
            long id = ids.contactBase + (++ids.contacts);
            copy.row(10).int8(id).int8(ids.customerId(c.index)).text(Names.person(r, c.chinese))
                    .text(Names.pick(r, new String[] {"Purchasing manager", "CEO", "Office manager", "Buyer", "CFO"}))
                    .text(i == 0 ? "DECISION_MAKER" : Names.pick(r, ROLES))
                    .text("+86 139 " + (1000 + r.nextInt(9000)) + " " + (1000 + r.nextInt(9000)))
                    .text("contact" + id + "@company.example").bool(i == 0).timestamptz(created).timestamptz(created);
        }
    }

    void orders(SyntheticCustomer c, CopyRows orders, CopyRows lines) {
        for (SyntheticCustomer.Order o : c.orders) {
            long n = ++ids.orders;
            double amount = o.products() == null ? o.amount() : lineAmount(o);
            Double cost = o.products() == null ? o.cost() : lineCost(o);
            long created = Timestamps.epochSecond(o.day(), 12 * 60, zone);
            orders.row(10).int8(ids.orderBase + n).int8(ids.customerId(c.index))
                    .text(Ids.orderNumber(ids.orderNumberBase + n)).date(o.day()).text(o.status()).text(o.channel())
                    .money(cents(amount)).money(cost == null ? null : cents(cost)).timestamptz(created)
                    .timestamptz(created);
            if (o.products() != null) {
                for (int i = 0; i < o.products().length; i++) {
                    Catalogue.Item item = Catalogue.ITEMS[o.products()[i]];
                    lines.row(7).int8(ids.lineBase + (++ids.lines)).int8(ids.orderBase + n).int4(i + 1)
                            .int8(ids.productBase + o.products()[i] + 1).int4(o.quantities()[i])
                            .money(cents(item.price())).money(item.cost() == null ? null : cents(item.cost()));
                }
            }
        }
    }

    /** How many order lines the customer's orders have. */
    static int lineCount(SyntheticCustomer c) {
        int lines = 0;
        for (SyntheticCustomer.Order o : c.orders) {
            lines += o.products() == null ? 0 : o.products().length;
        }
        return lines;
    }

    void interactions(SyntheticCustomer c, CopyRows copy) {
        long userId = owner(c).userId();
        for (SyntheticCustomer.Interaction i : c.interactions) {
            long at = Timestamps.epochSecond(i.day(), i.minuteOfDay(), zone);
            copy.row(15).int8(ids.interactionBase + (++ids.interactions)).int8(ids.customerId(c.index)).int8(userId)
                    .text(i.channel()).text(i.direction()).text(i.purpose()).timestamptz(at).int4(i.durationMinutes())
                    .text(i.summary()).text(i.mood()).date(i.followUpOn()).bool(i.followUpDone())
                    .timestamptz(i.followUpDone() ? Timestamps.epochSecond(i.followUpOn(), 11 * 60, zone) : null)
                    .timestamptz(at).timestamptz(at);
        }
    }

    void complaints(SyntheticCustomer c, CopyRows copy) {
        ComplaintRow.write(c, copy, ids, owner(c).userId(), zone, shape.today());
    }

    /** Cents, as the amount was rounded when it was written as text with two decimals. */
    static long cents(double amount) {
        return Math.round(amount * 100);
    }

    private String[] tags(SplittableRandom r) {
        int n = r.nextInt(100) < 60 ? 0 : 1 + r.nextInt(2);
        String[] tags = new String[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            String tag = Names.pick(r, TAGS);
            if (count == 0 || !tags[0].equals(tag)) {
                tags[count++] = tag;
            }
        }
        return count == n ? tags : java.util.Arrays.copyOf(tags, count);
    }

    private Long wallet(SyntheticCustomer c) {
        if (c.walletFactor == 0) {
            return null;
        }
        LocalDate yearAgo = shape.today().minusDays(365);
        double lastYear = c.orders.stream().filter(o -> o.day().isAfter(yearAgo) && o.status().equals("COMPLETED"))
                .mapToDouble(o -> o.products() == null ? o.amount() : lineAmount(o)).sum();
        double base = Math.max(lastYear, c.organisation ? 20_000 : 1_500);
        return cents(Math.round(base * c.walletFactor * 100) / 100.0);
    }

    private LocalDate lastActivity(SyntheticCustomer c) {
        LocalDate last = c.since;
        for (SyntheticCustomer.Order o : c.orders) {
            last = o.day().isAfter(last) ? o.day() : last;
        }
        for (SyntheticCustomer.Interaction i : c.interactions) {
            last = i.day().isAfter(last) ? i.day() : last;
        }
        return last.isAfter(shape.today()) ? shape.today() : last;
    }

    private static double lineAmount(SyntheticCustomer.Order o) {
        double sum = 0;
        for (int i = 0; i < o.products().length; i++) {
            sum += Catalogue.ITEMS[o.products()[i]].price() * o.quantities()[i];
        }
        return sum;
    }

    private static Double lineCost(SyntheticCustomer.Order o) {
        double sum = 0;
        for (int i = 0; i < o.products().length; i++) {
            Double cost = Catalogue.ITEMS[o.products()[i]].cost();
            if (cost == null) {
                return null;
            }
            sum += cost * o.quantities()[i];
        }
        return sum;
    }
}
