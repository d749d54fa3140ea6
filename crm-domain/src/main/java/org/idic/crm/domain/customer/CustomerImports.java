package org.idic.crm.domain.customer;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's set-based writer for imports: it writes the customers an import has checked,
 * all at once, in the caller's transaction. The caller fills the temporary table {@link #INCOMING}
 * ({@link #INCOMING_COLUMNS}); rows with {@code created} are inserted (a missing number is given one from
 * the customer numbers' sequence), the others update the customer with that {@code id}. Each write moves
 * the version on, so a form open on one of them shows a conflict rather than losing the import's change.
 */
@Component
public class CustomerImports {

    public static final String INCOMING = "customer_incoming";
    public static final String INCOMING_COLUMNS = """
            line bigint, id bigint, created boolean not null, customer_number text, external_id text, kind text,
            name text, email text, phone text, city text, country text, owner_id bigint, team_id bigint,
            tags text[]""";
    /** A customer's values to restore (undo): its id and its row as json. */
    public static final String RESTORE = "customer_restore";
    /** Customers someone worked on (an import of their interactions): {@code id bigint}. */
    public static final String TOUCHED = "customer_touched";

    private final JdbcClient jdbc;

    CustomerImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the created rows and updates the others; returns {created, updated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] write() {
        jdbc.sql("""
                update customer_incoming set customer_number = 'C-' || lpad(nextval('customer_number_seq')::text, 7, '0')
                where created and customer_number is null""").update();
        int created = jdbc.sql("""
                insert into customer (customer_number, external_id, kind, name, email, phone, phone_digits, city,
                                      country, owner_id, team_id, tags)
                select customer_number, external_id, kind, name, email, phone,
                       nullif(regexp_replace(phone, '[^0-9]', '', 'g'), ''), city, country, owner_id, team_id,
                       coalesce(tags, '{}')
                from customer_incoming where created order by line""").update();
        jdbc.sql("""
                update customer_incoming i set id = c.id from customer c
                where i.created and c.customer_number = i.customer_number""").update();
        int updated = jdbc.sql("""
                update customer c set external_id = i.external_id, kind = i.kind, name = i.name, email = i.email,
                       phone = i.phone, phone_digits = nullif(regexp_replace(i.phone, '[^0-9]', '', 'g'), ''),
                       city = i.city, country = i.country, owner_id = i.owner_id, team_id = i.team_id,
                       tags = coalesce(i.tags, '{}'), version = c.version + 1, updated_at = now()
                from customer_incoming i where not i.created and c.id = i.id""").update();
        return new int[] {created, updated};
    }

    /**
     * Gives the customers in {@link #RESTORE} (id, before: the row as json) the values an import changed
     * back; returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int restore() {
        return jdbc.sql("""
                update customer c set external_id = r.before ->> 'external_id', kind = r.before ->> 'kind',
                       name = r.before ->> 'name', email = r.before ->> 'email', phone = r.before ->> 'phone',
                       phone_digits = r.before ->> 'phone_digits', city = r.before ->> 'city',
                       country = r.before ->> 'country', owner_id = (r.before ->> 'owner_id')::bigint,
                       team_id = (r.before ->> 'team_id')::bigint,
                       tags = array(select jsonb_array_elements_text(r.before -> 'tags')),
                       version = c.version + 1, updated_at = now()
                from customer_restore r where c.id = r.id""").update();
    }

    /**
     * Moves the last activity of the customers in {@link #TOUCHED} (id) on to {@code at}, as the forms do when
     * someone works on a customer (an imported interaction is such work); never backwards, and without the
     * version (see {@code LastActivity}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int touch(java.time.Instant at) {
        return jdbc.sql("""
                update customer c set last_activity_at = :at from customer_touched t
                where c.id = t.id and c.last_activity_at < :at""").param("at", java.sql.Timestamp.from(at)).update();
    }

    /** Deletes customers an import created (the caller has checked nothing else refers to them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int delete(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("delete from customer where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }
}
