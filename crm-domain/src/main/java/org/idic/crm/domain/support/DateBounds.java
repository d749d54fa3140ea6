package org.idic.crm.domain.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * The dates the CRM accepts. A typo or a hand-made request ({@code 0000-01-01}, {@code 20260-01-01})
 * must not be stored as year -1 or 20260: business dates (orders, interactions, complaints, follow-ups)
 * lie between 1900 and a year from today; birth dates and birthdays between 1900 and today. The forms
 * check with these, and so can an import.
 */
public final class DateBounds {

    /** The earliest date of any kind. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** How far past today a business date may lie (a follow-up planned, an order dated ahead). */
    public static final Period AHEAD = Period.ofYears(1);

    private DateBounds() {
    }

    /** Whether a business date is acceptable (an empty one is, here; being required is another rule). */
    public static boolean businessDate(LocalDate date, Clock clock) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(clock).plus(AHEAD));
    }

    /** Whether a birth date or birthday is acceptable: not before 1900, not in the future. */
    public static boolean birthDate(LocalDate date, Clock clock) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(clock));
    }
}
