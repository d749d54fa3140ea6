package org.idic.crm.app.backup;

import java.util.List;

/**
 * What a backup holds, written as {@code manifest.json} next to the data: the schema version (the
 * Flyway migrations that make the tables), every table in the order it is loaded with its columns,
 * row count and checksum, the partitions made at run time, and the sequences.
 */
record Manifest(String format, String createdAt, String crmVersion, String schemaVersion, String postgresVersion,
        List<Table> tables, List<Partition> partitions, List<Sequence> sequences) {

    static final String FORMAT = "idic-crm-backup/1";

    /** A table's rows, in PostgreSQL's COPY text format, in {@code data/<name>.copy}. */
    record Table(String name, List<String> columns, long rows, String checksum) {

        String entry() {
            return "data/" + name + ".copy";
        }
    }

    /** A partition made by the application (one per segmentation run's scores), not by the migrations. */
    record Partition(String name, String parent, String bound, List<String> constraints, List<String> indexes) {
    }

    record Sequence(String name, long lastValue, boolean called) {
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
