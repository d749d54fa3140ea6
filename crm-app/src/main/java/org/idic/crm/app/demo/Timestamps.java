package org.idic.crm.app.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Timestamps for COPY, made without the formatting machinery (millions are written). */
final class Timestamps {

    private Timestamps() {
    }

    /** The moment {@code minuteOfDay} minutes into {@code day} in {@code zone}, in seconds since 1970 UTC. */
    static long epochSecond(LocalDate day, int minuteOfDay, ZoneId zone) {
        return day.toEpochDay() * 86_400 + minuteOfDay * 60L - offset(day, minuteOfDay, zone).getTotalSeconds();
    }

    /** The zone's offset at that local time (for a time in a gap or an overlap, the offset before it). */
    static ZoneOffset offset(LocalDate day, int minuteOfDay, ZoneId zone) {
        return zone.getRules().getOffset(day.atTime(minuteOfDay / 60, minuteOfDay % 60));
    }

    /** The moment {@code minuteOfDay} minutes into {@code day} in {@code zone}, e.g. "2026-01-02 10:05:00+08:00". */
    static String at(LocalDate day, int minuteOfDay, ZoneId zone) {
        int hour = minuteOfDay / 60;
        int minute = minuteOfDay % 60;
        ZoneOffset offset = zone.getRules().getOffset(day.atTime(hour, minute));
        StringBuilder text = new StringBuilder(32).append(day).append(' ');
        two(text, hour).append(':');
        two(text, minute).append(":00");
        return text.append(offset.getId().equals("Z") ? "+00:00" : offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder text, int n) {
        return text.append(n < 10 ? "0" : "").append(n);
    }
}
