package org.idic.crm.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated customer and their history, made from nothing but the book's shape and the
 * customer's index: the same index always gives the same customer, so each table can be written in
 * its own pass. Buying follows the BG/NBD story (a personal purchase rate, a chance to stop after
 * each purchase) with a personal average spend, so heavy and light buyers, and customers who stopped,
 * all occur.
 */
final class SyntheticCustomer {

    /** How a customer behaves. */
    enum Profile { HEAVY, REGULAR, LIGHT, PROSPECT }

    record Order(LocalDate day, String status, String channel, double amount, Double cost, int[] products,
            int[] quantities) {
    }

    record Interaction(LocalDate day, int minuteOfDay, String channel, String direction, String purpose,
            String summary, String mood, LocalDate followUpOn, boolean followUpDone, int durationMinutes) {
    }

    record Complaint(LocalDate day, String channel, String category, String severity, String status) {
    }

    final long index;
    final boolean organisation;
    final boolean chinese;
    final String name;
    final String city;
    final Profile profile;
    final boolean serviceHungry;
    final boolean closed;
    final double marginRate;
    final double walletFactor;
    final List<Order> orders = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Complaint> complaints = new ArrayList<>();
    final LocalDate since;

    private SyntheticCustomer(long index, SplittableRandom r, BookShape shape) {
        this.index = index;
        this.organisation = r.nextInt(100) < 30;
        this.chinese = Names.chinese(r);
        this.name = organisation ? Names.organisation(r, chinese) : Names.person(r, chinese);
        this.city = Names.city(r, chinese);
        int p = r.nextInt(100);
        this.profile = p < 18 ? Profile.HEAVY : p < 63 ? Profile.REGULAR : p < 95 ? Profile.LIGHT : Profile.PROSPECT;
        this.serviceHungry = r.nextInt(100) < 7;
        this.closed = r.nextInt(100) < 2;
        // a few customers are sold at a loss (deep discounts): their margins are negative
        this.marginRate = r.nextInt(100) < 4 ? -0.05 - 0.15 * r.nextDouble() : 0.15 + 0.3 * r.nextDouble();
        this.walletFactor = r.nextInt(100) < 45 ? 1.3 + 3 * r.nextDouble() : 0;
        this.since = shape.firstDay().plusDays(r.nextInt(BookShape.HISTORY_DAYS));
    }

    static SyntheticCustomer simulate(BookShape shape, long index, int productCount) {
        SplittableRandom r = new SplittableRandom(shape.seed() * 1_000_003L + index);
        SyntheticCustomer c = new SyntheticCustomer(index, r, shape);
        c.buy(r, shape, productCount);
        c.interact(r, shape);
        c.complain(r, shape);
        return c;
    }

    private void buy(SplittableRandom r, BookShape shape, int productCount) {
        if (profile == Profile.PROSPECT) {
            return;
        }
        // calibrated so that the average customer places about ordersPerCustomer orders
        double scale = shape.ordersPerCustomer() / 9.5;
        double weeklyRate = switch (profile) {
            case HEAVY -> 0.9;
            case REGULAR -> 0.25;
            default -> 0.07;
        } * scale * gamma(r, 2) / 2;
        double stopChance = Math.min(0.5, 0.04 * r.nextDouble() * 2 / Math.max(scale, 0.05));
        double meanSpend = (organisation ? 2400 : 260) * Math.exp(0.6 * r.nextGaussian());
        LocalDate day = since;
        while (!day.isAfter(shape.today())) {
            addOrder(r, shape, day, meanSpend, productCount);
            if (r.nextInt(100) < 4) {
                addOrder(r, shape, day, meanSpend, productCount); // a second order the same day
            }
            if (r.nextDouble() < stopChance) {
                break;
            }
            day = day.plusDays(1 + (long) (-Math.log(1 - r.nextDouble()) / weeklyRate * 7));
        }
    }

    private void addOrder(SplittableRandom r, BookShape shape, LocalDate day, double meanSpend, int productCount) {
        int s = r.nextInt(100);
        boolean recent = day.isAfter(shape.today().minusDays(5));
        String status = recent && s < 40 ? "PENDING" : s < 94 ? "COMPLETED" : s < 97 ? "CANCELLED" : "REFUNDED";
        String channel = organisation ? Names.pick(r, new String[] {"SALES_REP", "SALES_REP", "PHONE", "PARTNER"})
                : Names.pick(r, new String[] {"ONLINE", "ONLINE", "STORE", "PHONE"});
        if (shape.withDetails() && productCount > 0 && r.nextInt(100) < 30) {
            int lines = 1 + r.nextInt(3);
            int[] products = new int[lines];
            int[] quantities = new int[lines];
            for (int i = 0; i < lines; i++) {
                products[i] = r.nextInt(productCount);
                quantities[i] = 1 + r.nextInt(organisation ? 20 : 3);
            }
            orders.add(new Order(day, status, channel, 0, null, products, quantities));
            return;
        }
        double amount = Math.max(5, Math.round(meanSpend * gamma(r, 6) / 6 * 100) / 100.0);
        Double cost = r.nextInt(100) < 15 ? null
                : Math.max(0, Math.round(amount * (1 - marginRate) * (0.95 + 0.1 * r.nextDouble()) * 100) / 100.0);
        orders.add(new Order(day, status, channel, amount, cost, null, null));
    }

    private void interact(SplittableRandom r, BookShape shape) {
        int count = orders.size() / 2 + r.nextInt(3) + (serviceHungry ? 12 + r.nextInt(20) : 0);
        LocalDate start = serviceHungry ? shape.today().minusDays(300) : since.minusDays(30);
        int span = (int) Math.max(1, shape.today().toEpochDay() - start.toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate day = start.plusDays(r.nextInt(span + 1));
            if (day.isAfter(shape.today())) {
                continue;
            }
            String channel = serviceHungry || organisation
                    ? Names.pick(r, new String[] {"VISIT", "MEETING", "PHONE", "EMAIL", "EVENT"})
                    : Names.pick(r, new String[] {"PHONE", "EMAIL", "INSTANT_MESSAGE", "WEBSITE", "LETTER"});
            String purpose = Names.pick(r, new String[] {"INFORMATION", "INFORMATION", "CARE", "FEEDBACK"});
            LocalDate followUp = null;
            boolean done = false;
            if (r.nextInt(100) < 30) {
                followUp = day.plusDays(1 + r.nextInt(14));
                long daysAgo = shape.today().toEpochDay() - followUp.toEpochDay();
                // most follow-ups get done; a rep is left with a handful of recent ones
                done = daysAgo > 0 && r.nextInt(100) < (daysAgo > 10 ? 99 : 60);
            }
            interactions.add(new Interaction(day, 9 * 60 + r.nextInt(9 * 60), channel,
                    r.nextBoolean() ? "OUTBOUND" : "INBOUND", purpose, Summaries.of(purpose, chinese, r),
                    Names.pick(r, new String[] {"POSITIVE", "NEUTRAL", "NEUTRAL", "NEGATIVE"}), followUp, done,
                    5 + r.nextInt(90)));
        }
    }

    private void complain(SplittableRandom r, BookShape shape) {
        if (orders.isEmpty() || r.nextInt(100) >= (serviceHungry ? 40 : 7)) {
            return;
        }
        int count = 1 + (r.nextInt(100) < 25 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            // two in five are recent, so that open complaints in every step are on people's desks
            LocalDate day = r.nextInt(100) < 40 ? shape.today().minusDays(r.nextInt(30))
                    : orders.get(r.nextInt(orders.size())).day().plusDays(r.nextInt(10));
            if (day.isAfter(shape.today())) {
                day = shape.today();
            }
            long age = shape.today().toEpochDay() - day.toEpochDay();
            int s = r.nextInt(100);
            String status = age > 30 && s < 80 ? "CLOSED"
                    : s < 25 ? "RECEIVED" : s < 45 ? "VALIDATED" : s < 60 ? "REJECTED"
                    : s < 80 ? "RESOLUTION_PROPOSED" : "CLOSED";
            complaints.add(new Complaint(day, Names.pick(r, new String[] {"PHONE", "EMAIL", "VISIT", "WEBSITE"}),
                    Names.pick(r, new String[] {"PRODUCT_QUALITY", "SERVICE", "STAFF_ATTITUDE", "DELIVERY", "BILLING",
                        "ENVIRONMENT", "CUSTOMER_MISUSE", "EXPECTATION_MISMATCH"}),
                    Names.pick(r, new String[] {"LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL"}), status));
        }
    }

    /** Gamma(shape, 1) for integer shape: a sum of exponentials. */
    private static double gamma(SplittableRandom r, int shape) {
        double sum = 0;
        for (int i = 0; i < shape; i++) {
            sum -= Math.log(1 - r.nextDouble());
        }
        return sum;
    }
}
