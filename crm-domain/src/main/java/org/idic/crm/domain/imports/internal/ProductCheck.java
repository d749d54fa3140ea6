package org.idic.crm.domain.imports.internal;

import org.idic.crm.domain.activity.ActivityImports;
import org.idic.crm.domain.imports.ImportMode;
import org.springframework.stereotype.Component;

/** Products: keyed by SKU; a new one needs a name and a price; prices and costs are not negative. */
@Component
class ProductCheck implements Check {

    private final ActivityImports activity;

    ProductCheck(ActivityImports activity) {
        this.activity = activity;
    }

    @Override
    public void check(Context c) {
        c.jdbc().sql("""
                create temp table import_product on commit drop as
                select s.line, s.f_sku as sku, s.f_name as name, s.f_category as category,
                       s.f_unit_price::numeric(12, 2) as price, s.f_unit_cost::numeric(12, 2) as cost,
                       p.id, p.name as old_name, p.category as old_category, p.list_price as old_price,
                       p.unit_cost as old_cost, null::text as action
                from import_stage s left join product p on p.sku = s.f_sku where not s.bad""").update();
        c.problems("sku", "import.key.duplicate", """
                select i.line, i.sku as val, g.first::text as arg from import_product i
                join (select sku, min(line) as first from import_product group by sku
                      having count(distinct md5(row(name, category, price, cost)::text)) > 1) g on g.sku = i.sku
                where i.line <> g.first""");
        c.jdbc().sql("""
                delete from import_product i using (select sku, min(line) as first from import_product group by sku
                    having count(*) > 1) g where g.sku = i.sku and i.line <> g.first""").update();
        c.problems("unit_price", "import.value.negative",
                "select line, price::text as val, null as arg from import_product where price < 0");
        c.problems("unit_cost", "import.value.negative",
                "select line, cost::text as val, null as arg from import_product where cost < 0");
        c.problems("name", "import.value.required",
                "select line, '' as val, null as arg from import_product where id is null and name is null");
        c.problems("unit_price", "import.value.required",
                "select line, '' as val, null as arg from import_product where id is null and price is null");
        if (c.mode() == ImportMode.CREATE) {
            c.problems("sku", "import.key.exists",
                    "select line, sku as val, null as arg from import_product where id is not null");
        }
        if (c.mode() == ImportMode.UPDATE) {
            c.problems("sku", "import.key.unknown",
                    "select line, sku as val, null as arg from import_product where id is null");
        }
        c.jdbc().sql("""
                update import_product set action = case when id is null then 'create'
                    when (name is null or name = old_name) and (category is null or category = old_category)
                         and (price is null or price = old_price) and (cost is null or cost = old_cost)
                    then 'unchanged' else 'update' end""").update();
    }

    @Override
    public long[] counts(Context c) {
        return c.jdbc().sql("""
                select count(*) filter (where action = 'create'), count(*) filter (where action = 'update'),
                       count(*) filter (where action = 'unchanged'), 0 from import_product x
                where not exists (select 1 from import_problem p where p.line = x.line)""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), 0}).single();
    }

    @Override
    public void write(Context c, long batch) {
        c.jdbc().sql("create temp table " + ActivityImports.PRODUCTS + " (" + ActivityImports.PRODUCT_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("""
                insert into product_incoming (line, id, created, sku, name, category, list_price, unit_cost)
                select line, id, id is null, sku, coalesce(name, old_name), coalesce(category, old_category),
                       coalesce(price, old_price), coalesce(cost, old_cost)
                from import_product where action in ('create', 'update')""").update();
        c.jdbc().sql("""
                create temp table import_before on commit drop as
                select p.id, to_jsonb(p) as before from product p join product_incoming i on i.id = p.id""").update();
        activity.writeProducts();
        c.jdbc().sql("""
                insert into import_record (batch_id, entity, record_id, created, before, version_after)
                select :batch, 'product', i.id, i.created, b.before, p.version
                from product_incoming i join product p on p.id = i.id left join import_before b on b.id = i.id""")
                .param("batch", batch).update();
    }
}
