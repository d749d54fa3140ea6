package org.idic.crm.domain.imports.internal;

import java.util.List;
import org.idic.crm.domain.customer.CustomerImports;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.PossibleDuplicate;
import org.springframework.stereotype.Component;

/** Customers: keyed by number, else external id; owners by username; possible duplicates by e-mail, phone, name and city. */
@Component
class CustomerCheck implements Check {

    private final CustomerImports customers;

    CustomerCheck(CustomerImports customers) {
        this.customers = customers;
    }

    @Override
    public void check(Context c) {
        c.jdbc().sql("""
                create temp table import_customer on commit drop as
                select line, f_number as number, f_external_id as external_id, f_type as kind, f_name as name,
                       f_email as email, f_phone as phone, f_city as city, f_country as country, f_owner as owner,
                       case when f_tags is null then null else array(select distinct t from unnest(regexp_split_to_array(
                            f_tags, '\\s*[;|，、]\\s*')) t where t <> '' order by t) end as tags,
                       null::bigint as id, null::bigint as owner_id, null::bigint as team_id, null::text as action,
                       null::bigint as match_id, null::text as matched_on, false as chose_update
                from import_stage where not bad""").update();
        if (c.mode() != ImportMode.CREATE) {
            c.problems("number", "import.value.keyRequired", """
                    select line, '' as val, null as arg from import_customer where number is null and external_id is null""");
        }
        sameKeyTwice(c, "number");
        sameKeyTwice(c, "external_id");
        // temporary tables are never analysed by autovacuum: without this the planner takes the file for a
        // few rows and joins it to the customers by nested loops (minutes for 100,000 rows on a big book)
        c.jdbc().sql("analyze import_customer").update();
        c.jdbc().sql("""
                update import_customer i set owner_id = u.id, team_id = u.team_id from app_user u
                where u.enabled and lower(u.username) = lower(i.owner)""").update();
        c.problems("owner", "import.owner.unknown",
                "select line, owner as val, null as arg from import_customer where owner is not null and owner_id is null");
        if (c.restricted()) {
            c.problems("owner", "import.owner.outsideTeam", """
                    select line, owner as val, null as arg from import_customer
                    where owner_id is not null and team_id is distinct from :team""");
        }
        c.jdbc().sql("""
                update import_customer i set id = c.id from customer c
                where i.number is not null and c.customer_number = i.number""").update();
        c.jdbc().sql("""
                update import_customer i set id = c.id from customer c
                where i.id is null and i.external_id is not null and c.external_id = i.external_id""").update();
        possibleDuplicates(c);
        if (c.defaultOwnerId() != null) { // new customers only: an update keeps the owner it has
            c.jdbc().sql("""
                    update import_customer i set owner_id = u.id, team_id = u.team_id from app_user u
                    where i.owner is null and i.id is null and u.id = :owner""").param("owner", c.defaultOwnerId())
                    .update();
        }
        if (c.mode() == ImportMode.CREATE) {
            c.problems("number", "import.key.exists", """
                    select line, coalesce(number, external_id) as val, null as arg from import_customer
                    where id is not null and not chose_update""");
        }
        if (c.mode() == ImportMode.UPDATE) {
            c.problems("number", "import.key.unknown",
                    "select line, coalesce(number, external_id) as val, null as arg from import_customer where id is null");
        }
        if (c.restricted()) {
            c.problems("number", "import.customer.outsideTeam", """
                    select i.line, c.customer_number as val, null as arg from import_customer i
                    join customer c on c.id = i.id where c.team_id is distinct from :team""");
        }
        c.problems("owner", "import.owner.required", """
                select line, '' as val, null as arg from import_customer
                where id is null and owner_id is null and owner is null and action is null""");
        c.problems("name", "import.value.required", """
                select line, '' as val, null as arg from import_customer
                where id is null and name is null and number is null and external_id is null and action is null""");
        c.jdbc().sql("""
                update import_customer i set action = case when
                    (i.external_id is null or i.external_id = c.external_id) and (i.kind is null or i.kind = c.kind)
                    and (i.name is null or i.name = c.name) and (i.email is null or i.email = c.email)
                    and (i.phone is null or i.phone = c.phone) and (i.city is null or i.city = c.city)
                    and (i.country is null or i.country = c.country) and (i.owner_id is null or i.owner_id = c.owner_id)
                    and (i.tags is null or i.tags = c.tags) then 'unchanged' else 'update' end
                from customer c where i.action is null and c.id = i.id""").update();
        c.jdbc().sql("update import_customer set action = 'create' where action is null").update();
    }

    /** Rows with the same key: identical ones are one customer; different ones are a mistake in the file. */
    private static void sameKeyTwice(Context c, String key) {
        String groups = """
                select %1$s as k, min(line) as first from import_customer where %1$s is not null
                group by %1$s having count(*) > 1""".formatted(key);
        String variants = """
                select %1$s as k from import_customer where %1$s is not null group by %1$s
                having count(distinct md5(row(number, external_id, kind, name, email, phone, city, country, owner,
                                               tags)::text)) > 1""".formatted(key);
        c.problems(key, "import.key.duplicate", """
                select i.line, i.%1$s as val, g.first::text as arg from import_customer i
                join (%2$s) g on g.k = i.%1$s where i.line <> g.first and g.k in (%3$s)""".formatted(key, groups,
                variants));
        c.jdbc().sql("delete from import_customer i using (%s) g where g.k = i.%s and i.line <> g.first"
                .formatted(groups, key)).update();
    }

    private static void possibleDuplicates(Context c) {
        for (String[] rule : new String[][] {
                {"email", "i.email is not null and lower(c.email) = i.email"},
                {"phone", "i.phone is not null and c.phone_digits = regexp_replace(i.phone, '[^0-9]', '', 'g')"},
                {"name_city", "i.name is not null and i.city is not null and lower(c.name) = lower(i.name)"
                        + " and lower(c.city) = lower(i.city)"}}) {
            // a manager is shown (and may update) only matches in their own team: the list names the match
            c.jdbc().sql("update import_customer i set match_id = c.id, matched_on = '" + rule[0]
                    + "' from customer c where i.id is null and i.match_id is null and " + rule[1]
                    + " and (not :restricted or c.team_id = :team)")
                    .param("restricted", c.restricted())
                    .param("team", c.actor().teamId() == null ? -1L : c.actor().teamId()).update();
        }
        c.jdbc().sql("""
                update import_customer i set action = 'skip' from import_choice x
                where i.match_id is not null and x.line = i.line and x.choice = 'SKIP'""").update();
        c.jdbc().sql("""
                update import_customer i set id = i.match_id, chose_update = true from import_choice x
                where i.match_id is not null and x.line = i.line and x.choice = 'UPDATE'""").update();
        c.jdbc().sql("""
                update import_customer i set match_id = null from import_choice x
                where i.match_id is not null and x.line = i.line and x.choice = 'CREATE'""").update();
        switch (c.duplicates()) {
            case SKIP -> c.jdbc().sql("update import_customer set action = 'skip' where match_id is not null"
                    + " and id is null and action is null").update();
            case UPDATE -> c.jdbc().sql("update import_customer set id = match_id, chose_update = true"
                    + " where match_id is not null and id is null and action is null").update();
            case CREATE -> c.jdbc().sql("update import_customer set match_id = null where id is null"
                    + " and action is null").update();
            case ASK -> { }
        }
    }

    @Override
    public List<PossibleDuplicate> duplicates(Context c) {
        return c.jdbc().sql("""
                select i.line, coalesce(i.name, i.number, i.external_id), c.customer_number, c.name, i.matched_on
                from import_customer i join customer c on c.id = i.match_id
                where i.id is null and i.action = 'create' order by i.line limit 1000""")
                .query((rs, n) -> new PossibleDuplicate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    @Override
    public long[] counts(Context c) {
        return c.jdbc().sql("""
                select count(*) filter (where action = 'create'), count(*) filter (where action = 'update'),
                       count(*) filter (where action = 'unchanged'), count(*) filter (where action = 'skip')
                from import_customer x
                where not exists (select 1 from import_problem p where p.line = x.line)""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    @Override
    public void write(Context c, long batch) {
        c.jdbc().sql("create temp table " + CustomerImports.INCOMING + " (" + CustomerImports.INCOMING_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("""
                insert into customer_incoming (line, id, created, customer_number, external_id, kind, name, email,
                                               phone, city, country, owner_id, team_id, tags)
                select i.line, i.id, i.id is null, coalesce(i.number, c.customer_number),
                       coalesce(i.external_id, c.external_id), coalesce(i.kind, c.kind, 'ORGANISATION'),
                       coalesce(i.name, c.name, i.number, i.external_id), coalesce(i.email, c.email),
                       coalesce(i.phone, c.phone), coalesce(i.city, c.city), coalesce(i.country, c.country),
                       coalesce(i.owner_id, c.owner_id), case when i.owner_id is null then c.team_id else i.team_id end,
                       coalesce(i.tags, c.tags)
                from import_customer i left join customer c on c.id = i.id
                where i.action in ('create', 'update')""").update();
        c.jdbc().sql("""
                create temp table import_before on commit drop as
                select c.id, to_jsonb(c) as before from customer c join customer_incoming i on i.id = c.id""").update();
        customers.write();
        // the undo records refer to the batch this transaction has just made: no row-by-row check needed
        TrustedWrite.run(c.jdbc(), java.util.List.of(), () -> c.jdbc().sql("""
                insert into import_record (batch_id, entity, record_id, created, before, version_after)
                select :batch, 'customer', i.id, i.created, b.before, c.version
                from customer_incoming i join customer c on c.id = i.id left join import_before b on b.id = i.id""")
                .param("batch", batch).update());
    }
}
