package org.idic.crm.app.demo;

import java.time.LocalDate;

/**
 * How big and how old a synthetic book of business is. Everything generated follows from these
 * values: the same shape gives the same rows.
 *
 * @param customers         how many customers
 * @param ordersPerCustomer the average number of orders per customer (buying customers buy more)
 * @param seed              the random seed
 * @param today             the last day of history; orders span the two years before it
 * @param withDetails       contacts, order lines, wallet estimates and richer profiles (the demo), or
 *                          only what segmentation and the lists need (bulk generation)
 */
public record BookShape(int customers, double ordersPerCustomer, long seed, LocalDate today, boolean withDetails) {

    public static final int HISTORY_DAYS = 730;

    public BookShape {
        if (customers < 0 || ordersPerCustomer < 0) {
            throw new IllegalArgumentException("customers and orders per customer cannot be negative");
        }
    }

    /** The demo: about a thousand customers with everything filled in. */
    public static BookShape demo(LocalDate today) {
        return new BookShape(1000, 12, 20260101L, today, true);
    }

    LocalDate firstDay() {
        return today.minusDays(HISTORY_DAYS - 1L);
    }
}
