package org.idic.crm.domain.imports.internal;

import org.idic.crm.domain.activity.ActivityImports;
import org.idic.crm.domain.imports.ImportMode;
import org.springframework.stereotype.Component;

/**
 * Orders, one row per order line (with {@code sku}) or one row per order (with {@code amount}). Lines
 * with the same order number form one order: its amount and cost are the sums of quantity × price and
 * quantity × cost, where a negative quantity is a return that reduces them. An order whose returns
 * outweigh its sales is refused (import the return with its sale, or the order as REFUNDED).
 */
@Component
class OrderCheck implements Check {

    private final ActivityImports activity;

    OrderCheck(ActivityImports activity) {
        this.activity = activity;
    }

    static boolean byLine(Context c) {
        return c.mapping().containsKey("sku");
    }

    @Override
    public void check(Context c) {
        c.jdbc().sql("""
                create temp table import_order_row on commit drop as
                select s.line, s.f_order_number as n, s.f_customer_number as cn, s.f_order_date::date as d,
                       s.f_status as st, s.f_channel as ch, s.f_sku as sku, s.f_quantity::int as q,
                       s.f_unit_price::numeric(12, 2) as up, s.f_unit_cost::numeric(12, 2) as uc,
                       s.f_amount::numeric(14, 2) as amt, s.f_cost::numeric(14, 2) as cst,
                       c.id as customer_id, c.team_id, p.id as product_id, p.list_price, p.unit_cost as product_cost
                from import_stage s left join customer c on c.customer_number = s.f_customer_number
                left join product p on p.sku = s.f_sku where not s.bad""").update();
        c.problems("customer_number", "import.customer.unknown",
                "select line, cn as val, null as arg from import_order_row where customer_id is null");
        if (c.restricted()) {
            c.problems("customer_number", "import.customer.outsideTeam", """
                    select line, cn as val, null as arg from import_order_row
                    where customer_id is not null and team_id is distinct from :team""");
        }
        for (String field : new String[] {"unit_price", "unit_cost", "amount", "cost"}) {
            String column = switch (field) {
                case "unit_price" -> "up";
                case "unit_cost" -> "uc";
                case "amount" -> "amt";
                default -> "cst";
            };
            c.problems(field, "import.value.negative", "select line, " + column + "::text as val, null as arg"
                    + " from import_order_row where " + column + " < 0");
        }
        if (byLine(c)) {
            c.problems("sku", "import.product.unknown",
                    "select line, sku as val, null as arg from import_order_row where product_id is null");
            c.problems("quantity", "import.value.nonZero",
                    "select line, '0' as val, null as arg from import_order_row where q = 0");
            c.problems("order_number", "import.order.inconsistent", """
                    select r.line, r.n as val, f.line::text as arg from import_order_row r
                    join (select distinct on (n) n, line, cn, d, st, ch from import_order_row order by n, line) f
                      on f.n = r.n
                    where (r.cn, r.d, r.st, r.ch) is distinct from (f.cn, f.d, f.st, f.ch)""");
        } else {
            c.problems("order_number", "import.key.duplicate", """
                    select i.line, i.n as val, g.first::text as arg from import_order_row i
                    join (select n, min(line) as first from import_order_row group by n
                          having count(distinct md5(row(cn, d, st, ch, amt, cst)::text)) > 1) g on g.n = i.n
                    where i.line <> g.first""");
        }
        c.jdbc().sql("""
                create temp table import_order on commit drop as
                select r.n, min(r.line) as line, min(r.customer_id) as customer_id, min(r.d) as d, min(r.st) as st,
                       min(r.ch) as ch, %s as amount, %s as cost, o.id, o.customer_id as old_customer,
                       o.order_date as old_date, o.status as old_status, o.channel as old_channel,
                       o.amount as old_amount, o.cost as old_cost, oc.team_id as old_team, null::text as action
                from import_order_row r left join customer_order o on o.order_number = r.n
                left join customer oc on oc.id = o.customer_id
                group by r.n, o.id, oc.team_id""".formatted(
                byLine(c) ? "sum(r.q * coalesce(r.up, r.list_price))" : "min(r.amt)",
                byLine(c) ? "case when bool_and(coalesce(r.uc, r.product_cost) is not null)"
                        + " then sum(r.q * coalesce(r.uc, r.product_cost)) end" : "min(r.cst)")).update();
        c.jdbc().sql("analyze import_order").update();
        c.problems("quantity", "import.order.netNegative",
                "select line, amount::text as val, n as arg from import_order where amount < 0 or cost < 0");
        if (c.mode() == ImportMode.CREATE) {
            c.problems("order_number", "import.key.exists",
                    "select line, n as val, null as arg from import_order where id is not null");
        }
        if (c.mode() == ImportMode.UPDATE) {
            c.problems("order_number", "import.key.unknown",
                    "select line, n as val, null as arg from import_order where id is null");
        }
        if (c.restricted()) {
            c.problems("order_number", "import.customer.outsideTeam", """
                    select line, n as val, null as arg from import_order
                    where id is not null and old_team is distinct from :team""");
        }
        c.jdbc().sql("""
                update import_order set action = case when id is null then 'create'
                    when old_customer = customer_id and old_date = d and old_status = coalesce(st, old_status)
                         and old_channel = coalesce(ch, old_channel) and old_amount = amount
                         and old_cost is not distinct from coalesce(cost, old_cost) %s
                    then 'unchanged' else 'update' end""".formatted(byLine(c) ? "and false" : "")).update();
    }

    @Override
    public long[] counts(Context c) {
        return c.jdbc().sql("""
                select count(*) filter (where action = 'create'), count(*) filter (where action = 'update'),
                       count(*) filter (where action = 'unchanged'), 0 from import_order x
                where not exists (select 1 from import_problem p where p.line = x.line)""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), 0}).single();
    }

    @Override
    public void write(Context c, long batch) {
        c.jdbc().sql("create temp table " + ActivityImports.ORDERS + " (" + ActivityImports.ORDER_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("create temp table " + ActivityImports.LINES + " (" + ActivityImports.LINE_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("""
                insert into order_incoming (line, id, created, order_number, customer_id, order_date, status, channel,
                                            amount, cost, with_lines)
                select line, id, id is null, n, customer_id, d, coalesce(st, old_status, 'COMPLETED'),
                       coalesce(ch, old_channel, 'ONLINE'), amount,
                       case when id is null or cost is not null then cost else old_cost end, :lines
                from import_order where action in ('create', 'update')""").param("lines", byLine(c)).update();
        if (byLine(c)) {
            c.jdbc().sql("""
                    insert into order_line_incoming (order_number, line_no, product_id, quantity, unit_price, unit_cost)
                    select r.n, row_number() over (partition by r.n order by r.line), r.product_id, r.q,
                           coalesce(r.up, r.list_price), coalesce(r.uc, r.product_cost)
                    from import_order_row r join order_incoming i on i.order_number = r.n""").update();
        }
        c.jdbc().sql("""
                create temp table import_before on commit drop as
                select o.id, to_jsonb(o) - 'amount_f' - 'cost_f' as before,
                       (select jsonb_agg(to_jsonb(l)) from order_line l where l.order_id = o.id) as lines
                from customer_order o join order_incoming i on i.id = o.id and not i.created""").update();
        c.jdbc().sql("analyze order_incoming").update();
        TrustedWrite.run(c.jdbc(), LOCK_REFERENCED, () -> {
            activity.writeOrders();
            c.jdbc().sql("""
                    insert into import_record (batch_id, entity, record_id, created, before, version_after)
                    select :batch, 'order', i.id, i.created,
                           case when b.id is null then null else b.before || jsonb_build_object('lines', b.lines) end,
                           o.version
                    from order_incoming i join customer_order o on o.id = i.id left join import_before b on b.id = i.id""")
                    .param("batch", batch).update();
        });
    }

    /** The customers and products the orders will refer to, kept from being deleted until the commit. */
    private static final java.util.List<String> LOCK_REFERENCED = java.util.List.of(
            "select 1 from customer c where c.id in (select customer_id from order_incoming) for key share of c",
            "select 1 from product p where p.id in (select product_id from order_line_incoming) for key share of p");
}
