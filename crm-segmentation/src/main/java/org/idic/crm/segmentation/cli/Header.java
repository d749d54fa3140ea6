package org.idic.crm.segmentation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the columns a file needs in its header line. Names match case-insensitively and ignoring
 * '_', '-' and spaces, with aliases (so {@code CustomerID} is {@code customer_id} and {@code t_x} is
 * {@code tx}). Other columns are ignored.
 */
final class Header {

    /** A column a file may have: its documented name and the normalised names that mean it. */
    record Column(String name, boolean required, String... aliases) {
    }

    private final int[] index;

    private Header(int[] index) {
        this.index = index;
    }

    /** Reads the header of the current record; reports missing and ambiguous columns; null if unusable. */
    static Header of(CsvReader csv, String file, Problems problems, Column... columns) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < csv.fieldCount(); f++) {
            names.add(csv.text(f));
        }
        int[] index = new int[columns.length];
        boolean ok = true;
        for (int c = 0; c < columns.length; c++) {
            index[c] = -1;
            for (int f = 0; f < names.size(); f++) {
                if (matches(names.get(f), columns[c].aliases())) {
                    if (index[c] >= 0) {
                        problems.add(file, csv.line(), "columns '%s' and '%s' both give %s"
                                .formatted(names.get(index[c]), names.get(f), columns[c].name()));
                        ok = false;
                    }
                    index[c] = f;
                }
            }
            if (index[c] < 0 && columns[c].required()) {
                problems.add(file, csv.line(), "missing column '%s' (found: %s)"
                        .formatted(columns[c].name(), String.join(",", names)));
                ok = false;
            }
        }
        return ok ? new Header(index) : null;
    }

    private static boolean matches(String name, String[] aliases) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        for (String a : aliases) {
            if (n.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** Field index of column c, or −1 when an optional column is absent. */
    int get(int c) {
        return index[c];
    }

    boolean has(int c) {
        return index[c] >= 0;
    }

    /** The number of fields a record must have to hold every present column. */
    int minFields() {
        int max = -1;
        for (int i : index) {
            max = Math.max(max, i);
        }
        return max + 1;
    }
}
