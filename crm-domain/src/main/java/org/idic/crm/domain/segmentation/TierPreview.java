package org.idic.crm.domain.segmentation;

import java.time.LocalDate;
import java.util.List;
import org.idic.crm.segmentation.tier.Tier;

/**
 * What a set of settings would do to the tiers, computed and not stored: for every tier of the current
 * snapshot (and for customers not in it), how many customers the edited settings put in each tier.
 *
 * @param asOf           the day the preview scored (today)
 * @param customers      every customer scored
 * @param snapshotRunId  the run whose snapshot is current, or null when there is none
 * @param snapshotAsOf   that run's as-of date, or null
 * @param rows           one row per tier of the snapshot in {@link Tier} order, then the customers that are
 *                       not in the snapshot ({@link Row#from()} null); each row counts per previewed tier
 * @param previewed      customers per previewed tier, in {@link Tier} order (the column totals)
 * @param changed        customers of the snapshot whose tier would change
 * @param removed        customers of the snapshot that no longer exist (not scored, in no row)
 * @param clvModel       the CLV model the preview used (the fallback when too few customers bought)
 */
public record TierPreview(LocalDate asOf, int customers, Long snapshotRunId, LocalDate snapshotAsOf, List<Row> rows,
        List<Integer> previewed, int changed, int removed, String clvModel) {

    public TierPreview {
        rows = List.copyOf(rows);
        previewed = List.copyOf(previewed);
    }

    /** One tier of the current snapshot, or (from = null) the customers that are not in it. */
    public record Row(Tier from, List<Integer> counts, int total) {

        public Row {
            counts = List.copyOf(counts);
        }

        /** Customers of this row that the preview puts in {@code to}. */
        public int count(Tier to) {
            return counts.get(to.ordinal());
        }
    }

    /** The tiers, in the order of the rows and columns. */
    public List<Tier> tiers() {
        return List.of(Tier.values());
    }

    public boolean hasSnapshot() {
        return snapshotRunId != null;
    }

    /** The row of a snapshot tier, or of the customers not in the snapshot (null). */
    public Row row(Tier from) {
        return rows.get(from == null ? Tier.values().length : from.ordinal());
    }

    /** Customers that would be scored but are not in the current snapshot (new since its run). */
    public int notInSnapshot() {
        return row(null).total();
    }
}
