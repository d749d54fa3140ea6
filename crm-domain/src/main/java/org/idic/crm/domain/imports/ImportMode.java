package org.idic.crm.domain.imports;

/** What an import may do to the records it finds by their natural key. */
public enum ImportMode {
    /** Only new records; a row whose key exists is rejected. */
    CREATE,
    /** New records are created, existing ones (by key) updated. */
    UPSERT,
    /** Only existing records; a row whose key is unknown is rejected. */
    UPDATE
}
