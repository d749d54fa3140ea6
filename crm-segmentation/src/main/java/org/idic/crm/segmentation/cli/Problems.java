package org.idic.crm.segmentation.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects input problems as "FILE:LINE: what is wrong", so that one run reports all of them (up to a
 * cap) instead of stopping at the first.
 */
final class Problems {

    static final int CAP = 50;

    private final List<String> shown = new ArrayList<>();
    private int total;

    void add(String file, int line, String message) {
        total++;
        if (shown.size() < CAP) {
            shown.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int count() {
        return total;
    }

    /** True once the cap is reached: readers may stop early, the count is then a lower bound. */
    boolean full() {
        return total >= CAP * 20;
    }

    void print(PrintStream err) {
        shown.forEach(err::println);
        if (total > shown.size()) {
            err.println("… and " + (total - shown.size()) + " more problem(s)");
        }
    }
}
