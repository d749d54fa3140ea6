package org.idic.crm.app.demo;

/** The tables a synthetic book fills, in the order their foreign keys allow them to be loaded. */
enum Table {
    CUSTOMER("customer", Rows.CUSTOMER_COLUMNS),
    CONTACT("contact", Rows.CONTACT_COLUMNS),
    ORDER("customer_order", Rows.ORDER_COLUMNS),
    LINE("order_line", Rows.LINE_COLUMNS),
    INTERACTION("interaction", Rows.INTERACTION_COLUMNS),
    COMPLAINT("complaint", Rows.COMPLAINT_COLUMNS);

    final String table;
    final String columns;

    Table(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String copyFromStdin() {
        return "copy " + table + " (" + columns + ") from stdin with (format binary)";
    }
}
