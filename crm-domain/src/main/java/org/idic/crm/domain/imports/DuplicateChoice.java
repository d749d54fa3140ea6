package org.idic.crm.domain.imports;

/** What to do with a new customer that looks like an existing one (same e-mail, phone, or name and city). */
public enum DuplicateChoice {
    /** Not decided yet: the dry run lists the row with its match, and the import waits for a choice. */
    ASK,
    /** Create the new customer anyway. */
    CREATE,
    /** Update the existing customer it matches instead. */
    UPDATE,
    /** Leave the row out. */
    SKIP
}
