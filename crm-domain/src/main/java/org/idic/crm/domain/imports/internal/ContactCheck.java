package org.idic.crm.domain.imports.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.idic.crm.domain.customer.ContactImports;
import org.idic.crm.domain.imports.ImportMode;
import org.springframework.stereotype.Component;

/**
 * Contacts: each of an existing customer (by its number). The natural key is the customer and the
 * contact's e-mail address (without case); a row without an e-mail is matched by the customer and the
 * contact's name. At most one primary contact per customer: one made primary takes that from the others.
 */
@Component
class ContactCheck implements Check {

    private final ContactImports contacts;
    private final Clock clock;

    ContactCheck(ContactImports contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public void check(Context c) {
        c.jdbc().sql("""
                create temp table import_contact on commit drop as
                select s.line, s.f_customer_number as cn, s.f_name as name, s.f_title as title,
                       s.f_buying_role as buying_role, s.f_email as email, s.f_phone as phone,
                       s.f_birthday::date as birthday, s.f_interests as interests, s.f_primary::boolean as is_primary,
                       coalesce('e:' || s.f_email, 'n:' || lower(s.f_name)) as k, c.id as customer_id, c.team_id,
                       null::bigint as id, 0 as matches, null::text as action
                from import_stage s left join customer c on c.customer_number = s.f_customer_number
                where not s.bad""").update();
        c.problems("customer_number", "import.customer.unknown",
                "select line, cn as val, null as arg from import_contact where customer_id is null");
        if (c.restricted()) {
            c.problems("customer_number", "import.customer.outsideTeam", """
                    select line, cn as val, null as arg from import_contact
                    where customer_id is not null and team_id is distinct from :team""");
        }
        c.problems("email", "import.contact.keyRequired",
                "select line, '' as val, null as arg from import_contact where k is null");
        c.jdbc().sql("delete from import_contact where customer_id is null or k is null").update();
        c.problems("birthday", "import.value.birthDate", """
                select line, birthday::text as val, null as arg from import_contact where birthday > %s"""
                .formatted(literal(LocalDate.now(clock))));
        sameKeyTwice(c);
        c.problems("primary", "import.contact.twoPrimary", """
                select i.line, 'true' as val, f.first::text as arg from import_contact i
                join (select customer_id, min(line) as first from import_contact where is_primary group by customer_id
                      having count(*) > 1) f on f.customer_id = i.customer_id
                where i.is_primary and i.line <> f.first""");
        c.jdbc().sql("""
                update import_contact i set id = m.id, matches = m.n
                from (select i2.line, min(k.id) as id, count(*)::int as n
                      from import_contact i2 join contact k on k.customer_id = i2.customer_id
                       and case when i2.email is not null then lower(k.email) = i2.email
                                else lower(k.name) = lower(i2.name) end
                      group by i2.line) m
                where m.line = i.line""").update();
        c.problems("email", "import.contact.ambiguous", """
                select line, coalesce(email, name) as val, matches::text as arg from import_contact
                where matches > 1""");
        if (c.mode() == ImportMode.CREATE) {
            c.problems("email", "import.key.exists",
                    "select line, coalesce(email, name) as val, null as arg from import_contact where id is not null");
        }
        if (c.mode() == ImportMode.UPDATE) {
            c.problems("email", "import.key.unknown",
                    "select line, coalesce(email, name) as val, null as arg from import_contact where id is null");
        }
        c.problems("name", "import.value.required",
                "select line, '' as val, null as arg from import_contact where id is null and name is null");
        c.jdbc().sql("""
                update import_contact i set action = case when i.id is null then 'create'
                    when (i.name is null or i.name = k.name) and (i.title is null or i.title = k.title)
                         and (i.buying_role is null or i.buying_role = k.buying_role)
                         and (i.email is null or i.email = lower(k.email)) and (i.phone is null or i.phone = k.phone)
                         and (i.birthday is null or i.birthday = k.birthday)
                         and (i.interests is null or i.interests = k.interests)
                         and (i.is_primary is null or i.is_primary = k.is_primary)
                    then 'unchanged' else 'update' end
                from import_contact i2 left join contact k on k.id = i2.id
                where i2.line = i.line""").update();
    }

    /** Rows with the same key at one customer: identical ones are one contact; different ones a mistake. */
    private static void sameKeyTwice(Context c) {
        String groups = """
                select customer_id, k, min(line) as first from import_contact group by customer_id, k
                having count(*) > 1""";
        c.problems("email", "import.key.duplicate", """
                select i.line, coalesce(i.email, i.name) as val, g.first::text as arg from import_contact i
                join (select customer_id, k, min(line) as first from import_contact group by customer_id, k
                      having count(distinct md5(row(name, title, buying_role, email, phone, birthday, interests,
                                                    is_primary)::text)) > 1) g
                  on g.customer_id = i.customer_id and g.k = i.k
                where i.line <> g.first""");
        c.jdbc().sql("delete from import_contact i using (" + groups + ") g"
                + " where g.customer_id = i.customer_id and g.k = i.k and i.line <> g.first").update();
    }

    private static String literal(LocalDate day) {
        return "date '" + Date.valueOf(day) + "'";
    }

    @Override
    public long[] counts(Context c) {
        return c.jdbc().sql("""
                select count(*) filter (where action = 'create'), count(*) filter (where action = 'update'),
                       count(*) filter (where action = 'unchanged'), 0 from import_contact x
                where not exists (select 1 from import_problem p where p.line = x.line)""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), 0}).single();
    }

    @Override
    public void write(Context c, long batch) {
        c.jdbc().sql("create temp table " + ContactImports.INCOMING + " (" + ContactImports.INCOMING_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("""
                insert into contact_incoming (line, id, created, customer_id, name, title, buying_role, phone, email,
                                              birthday, interests, is_primary)
                select i.line, i.id, i.id is null, i.customer_id, coalesce(i.name, k.name), coalesce(i.title, k.title),
                       coalesce(i.buying_role, k.buying_role), coalesce(i.phone, k.phone), coalesce(i.email, k.email),
                       coalesce(i.birthday, k.birthday), coalesce(i.interests, k.interests),
                       coalesce(i.is_primary, k.is_primary, false)
                from import_contact i left join contact k on k.id = i.id
                where i.action in ('create', 'update')""").update();
        // the primary contacts that a contact made primary by the file replaces: changed too, kept for undo
        c.jdbc().sql("""
                insert into contact_incoming (line, id, created, customer_id, name, title, buying_role, phone, email,
                                              birthday, interests, is_primary)
                select null, k.id, false, k.customer_id, k.name, k.title, k.buying_role, k.phone, k.email, k.birthday,
                       k.interests, false
                from contact k
                where k.is_primary
                  and exists (select 1 from contact_incoming n where n.is_primary and n.customer_id = k.customer_id
                                                                 and n.id is distinct from k.id)
                  and not exists (select 1 from contact_incoming n where n.id = k.id)""").update();
        c.jdbc().sql("""
                create temp table import_before on commit drop as
                select k.id, to_jsonb(k) as before from contact k join contact_incoming i on i.id = k.id""").update();
        contacts.write(clock.instant());
        c.jdbc().sql("""
                insert into import_record (batch_id, entity, record_id, created, before, version_after)
                select :batch, 'contact', i.id, i.created, b.before, k.version
                from contact_incoming i join contact k on k.id = i.id left join import_before b on b.id = i.id""")
                .param("batch", batch).update();
    }
}
