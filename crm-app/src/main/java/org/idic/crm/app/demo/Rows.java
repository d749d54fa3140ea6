package org.idic.crm.app.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.idic.crm.domain.support.Copy;

/** The rows of each table for one synthetic customer. */
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

    void customer(SyntheticCustomer c, Copy copy) throws SQLException {
        SplittableRandom r = details(c);
        SyntheticBookWriter.Owner owner = owner(c);
        String phone = c.chinese ? "+86 1" + (30 + r.nextInt(60)) + " " + (1000 + r.nextInt(9000)) + " "
                + (1000 + r.nextInt(9000)) : "+44 20 " + (7000 + r.nextInt(3000)) + " " + (1000 + r.nextInt(9000));
        String email = "c" + ids.customerId(c.index) + (c.organisation ? "@company.example" : "@mail.example");
        LocalDate createdDay = c.since.minusDays(r.nextInt(60));
        String created = Timestamps.at(createdDay, 9 * 60, zone);
        LocalDate lastDay = lastActivity(c);
        copy.add(ids.customerId(c.index)).add(Ids.customerNumber(ids.customerNumberBase + c.index + 1))
                .add(c.organisation ? "ORGANISATION" : "INDIVIDUAL").add(c.name).add(owner.userId())
                .add(owner.teamId()).add(c.closed ? "CLOSED" : "ACTIVE").add(Names.pick(r, SOURCES))
                .add(tags(r)).add(phone).add(phone.replaceAll("[^0-9]", "")).add(email).add(c.city)
                .add(c.chinese ? "CN" : "GB").add(wallet(c));
        boolean details = shape.withDetails();
        if (!c.organisation && details) {
            copy.add(r.nextBoolean() ? "FEMALE" : "MALE").add(LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12),
                    1 + r.nextInt(28))).add(Names.pick(r, new String[] {"FRIENDLY", "DOMINANT", "ANALYTICAL",
                        "SELF_CENTRED"})).add(Names.pick(r, new String[] {"SOCIAL", "DIRECT_BUYER", "POLITE",
                            "BARGAINER", "NO_SHOW"}));
        } else {
            copy.add(null).add(null).add(null).add(null);
        }
        if (c.organisation && details) {
            copy.add(Names.pick(r, Names.INDUSTRIES)).add(10 + r.nextInt(2000))
                    .add(Names.pick(r, new String[] {"AAA", "AA", "A", "BBB", "BB"})).add(1 + r.nextInt(5))
                    .add(1 + r.nextInt(5)).add(r.nextInt(100) < 20);
        } else {
            copy.add(null).add(null).add(null).add(null).add(null).add(false);
        }
        String last = lastDay.isBefore(createdDay) ? created : Timestamps.at(lastDay, 17 * 60, zone);
        copy.add(last).add(created).add(created).endRow();
    }

    void contacts(SyntheticCustomer c, Copy copy) throws SQLException {
        if (!c.organisation) {
            return;
        }
        SplittableRandom r = new SplittableRandom(shape.seed() + c.index * 31L);
        int count = 1 + r.nextInt(3);
        String created = Timestamps.at(c.since, 10 * 60, zone);
        for (int i = 0; i < count; i++) {
            long id = ids.contactBase + (++ids.contacts);
            copy.add(id).add(ids.customerId(c.index)).add(Names.person(r, c.chinese))
                    .add(Names.pick(r, new String[] {"Purchasing manager", "CEO", "Office manager", "Buyer", "CFO"}))
                    .add(i == 0 ? "DECISION_MAKER" : Names.pick(r, ROLES))
                    .add("+86 139 " + (1000 + r.nextInt(9000)) + " " + (1000 + r.nextInt(9000)))
                    .add("contact" + id + "@company.example").add(i == 0).add(created).add(created).endRow();
        }
    }

    void orders(SyntheticCustomer c, Copy orders, Copy lines) throws SQLException {
        for (SyntheticCustomer.Order o : c.orders) {
            long n = ++ids.orders;
            double amount = o.products() == null ? o.amount() : lineAmount(o);
            Double cost = o.products() == null ? o.cost() : lineCost(o);
            String created = Timestamps.at(o.day(), 12 * 60, zone);
            orders.add(ids.orderBase + n).add(ids.customerId(c.index)).add(Ids.orderNumber(ids.orderNumberBase + n))
                    .add(o.day()).add(o.status()).add(o.channel()).addMoney(amount);
            (cost == null ? orders.add(null) : orders.addMoney(cost)).add(created).add(created).endRow();
            if (o.products() != null) {
                for (int i = 0; i < o.products().length; i++) {
                    Catalogue.Item item = Catalogue.ITEMS[o.products()[i]];
                    lines.add(ids.lineBase + (++ids.lines)).add(ids.orderBase + n).add(i + 1)
                            .add(ids.productBase + o.products()[i] + 1).add(o.quantities()[i]).add(item.price())
                            .add(item.cost()).endRow();
                }
            }
        }
    }

    void interactions(SyntheticCustomer c, Copy copy) throws SQLException {
        long userId = owner(c).userId();
        for (SyntheticCustomer.Interaction i : c.interactions) {
            String at = Timestamps.at(i.day(), i.minuteOfDay(), zone);
            copy.add(ids.interactionBase + (++ids.interactions)).add(ids.customerId(c.index)).add(userId)
                    .add(i.channel()).add(i.direction()).add(i.purpose()).add(at).add(i.durationMinutes())
                    .add(i.summary()).add(i.mood()).add(i.followUpOn()).add(i.followUpDone())
                    .add(i.followUpDone() ? Timestamps.at(i.followUpOn(), 11 * 60, zone) : null).add(at)
                    .add(at).endRow();
        }
    }

    void complaints(SyntheticCustomer c, Copy copy) throws SQLException {
        ComplaintRow.write(c, copy, ids, owner(c).userId(), zone, shape.today());
    }

    private String tags(SplittableRandom r) {
        int n = r.nextInt(100) < 60 ? 0 : 1 + r.nextInt(2);
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            String tag = Names.pick(r, TAGS);
            if (array.indexOf(tag) < 0) {
                array.append(array.length() > 1 ? "," : "").append(tag);
            }
        }
        return array.append('}').toString();
    }

    private Double wallet(SyntheticCustomer c) {
        if (c.walletFactor == 0) {
            return null;
        }
        LocalDate yearAgo = shape.today().minusDays(365);
        double lastYear = c.orders.stream().filter(o -> o.day().isAfter(yearAgo) && o.status().equals("COMPLETED"))
                .mapToDouble(o -> o.products() == null ? o.amount() : lineAmount(o)).sum();
        double base = Math.max(lastYear, c.organisation ? 20_000 : 1_500);
        return Math.round(base * c.walletFactor * 100) / 100.0;
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
