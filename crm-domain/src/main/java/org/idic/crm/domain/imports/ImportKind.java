package org.idic.crm.domain.imports;

/** What a file holds. */
public enum ImportKind {
    CUSTOMERS, CONTACTS, PRODUCTS, ORDERS, INTERACTIONS;

    /** The kind named on a command line or in a form ({@code customers}, {@code orders}...). */
    public static ImportKind of(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
