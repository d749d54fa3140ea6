package org.idic.crm.domain.activity;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's set-based writer for imports of products and orders, in the caller's
 * transaction. The caller fills {@link #PRODUCTS} or {@link #ORDERS} (and, for orders given line by
 * line, {@link #LINES}); {@code created} rows are inserted, the others update the record with that
 * {@code id}, moving its version on. An updated order given with lines gets exactly those lines.
 */
@Component
public class ActivityImports {

    public static final String PRODUCTS = "product_incoming";
    public static final String PRODUCT_COLUMNS = """
            line bigint, id bigint, created boolean not null, sku text not null, name text, category text,
            list_price numeric(12, 2), unit_cost numeric(12, 2)""";
    public static final String ORDERS = "order_incoming";
    public static final String ORDER_COLUMNS = """
            line bigint, id bigint, created boolean not null, order_number text not null, customer_id bigint,
            order_date date, status text, channel text, amount numeric(14, 2), cost numeric(14, 2),
            with_lines boolean not null""";
    public static final String LINES = "order_line_incoming";
    public static final String LINE_COLUMNS = """
            order_number text not null, line_no integer not null, product_id bigint not null, quantity integer not null,
            unit_price numeric(12, 2) not null, unit_cost numeric(12, 2)""";
    /** Records to restore (undo): id and the row as json; orders also their lines as a json array. */
    public static final String PRODUCT_RESTORE = "product_restore";
    public static final String ORDER_RESTORE = "order_restore";

    private final JdbcClient jdbc;

    ActivityImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns {created, updated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] writeProducts() {
        int created = jdbc.sql("""
                insert into product (sku, name, category, list_price, unit_cost)
                select sku, name, category, list_price, unit_cost from product_incoming where created order by line""")
                .update();
        jdbc.sql("update product_incoming i set id = p.id from product p where i.created and p.sku = i.sku").update();
        int updated = jdbc.sql("""
                update product p set name = i.name, category = i.category, list_price = i.list_price,
                       unit_cost = i.unit_cost, version = p.version + 1, updated_at = now()
                from product_incoming i where not i.created and p.id = i.id""").update();
        return new int[] {created, updated};
    }

    /** Returns {created, updated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] writeOrders() {
        int created = jdbc.sql("""
                insert into customer_order (customer_id, order_number, order_date, status, channel, amount, cost)
                select customer_id, order_number, order_date, status, channel, amount, cost
                from order_incoming where created order by line""").update();
        jdbc.sql("""
                update order_incoming i set id = o.id from customer_order o
                where i.created and o.order_number = i.order_number""").update();
        int updated = jdbc.sql("""
                update customer_order o set customer_id = i.customer_id, order_date = i.order_date, status = i.status,
                       channel = i.channel, amount = i.amount, cost = i.cost, version = o.version + 1,
                       updated_at = now()
                from order_incoming i where not i.created and o.id = i.id""").update();
        jdbc.sql("""
                delete from order_line l using order_incoming i
                where not i.created and i.with_lines and l.order_id = i.id""").update();
        jdbc.sql("""
                insert into order_line (order_id, line_no, product_id, quantity, unit_price, unit_cost)
                select i.id, l.line_no, l.product_id, l.quantity, l.unit_price, l.unit_cost
                from order_line_incoming l join order_incoming i on i.order_number = l.order_number
                order by i.id, l.line_no""").update();
        return new int[] {created, updated};
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int restoreProducts() {
        return jdbc.sql("""
                update product p set name = r.before ->> 'name', category = r.before ->> 'category',
                       list_price = (r.before ->> 'list_price')::numeric,
                       unit_cost = (r.before ->> 'unit_cost')::numeric, version = p.version + 1, updated_at = now()
                from product_restore r where p.id = r.id""").update();
    }

    /** Restores orders from {@link #ORDER_RESTORE} (id, before, lines): the order's values and its lines. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int restoreOrders() {
        int restored = jdbc.sql("""
                update customer_order o set customer_id = (r.before ->> 'customer_id')::bigint,
                       order_date = (r.before ->> 'order_date')::date, status = r.before ->> 'status',
                       channel = r.before ->> 'channel', amount = (r.before ->> 'amount')::numeric,
                       cost = (r.before ->> 'cost')::numeric, version = o.version + 1, updated_at = now()
                from order_restore r where o.id = r.id""").update();
        jdbc.sql("delete from order_line l using order_restore r where l.order_id = r.id and r.lines is not null")
                .update();
        jdbc.sql("""
                insert into order_line (order_id, line_no, product_id, quantity, unit_price, unit_cost)
                select r.id, (x ->> 'line_no')::int, (x ->> 'product_id')::bigint, (x ->> 'quantity')::int,
                       (x ->> 'unit_price')::numeric, (x ->> 'unit_cost')::numeric
                from order_restore r cross join lateral jsonb_array_elements(r.lines) x""").update();
        return restored;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOrders(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("delete from customer_order where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteProducts(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("delete from product where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }
}
