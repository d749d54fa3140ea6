package org.idic.crm.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import org.idic.crm.domain.support.Copy;

/** Writes the demo catalogue (with explicit ids, so order lines can point at it). */
final class ProductRows {

    private ProductRows() {
    }

    static int write(Connection connection, Ids ids, String created) throws SQLException {
        try (Copy copy = new Copy(connection, "product",
                "id, sku, name, category, list_price, unit_cost, active, created_at, updated_at")) {
            for (int i = 0; i < Catalogue.ITEMS.length; i++) {
                Catalogue.Item item = Catalogue.ITEMS[i];
                copy.add(ids.productBase + i + 1).add(item.sku()).add(item.name()).add(item.category())
                        .add(item.price()).add(item.cost()).add(true).add(created).add(created).endRow();
            }
        }
        return Catalogue.ITEMS.length;
    }
}
