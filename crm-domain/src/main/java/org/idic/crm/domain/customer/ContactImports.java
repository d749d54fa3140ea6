package org.idic.crm.domain.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's set-based writer for imports of contacts, in the caller's transaction. The caller
 * fills the temporary table {@link #INCOMING} ({@link #INCOMING_COLUMNS}); {@code created} rows are
 * inserted, the others update the contact with that {@code id}, moving its version on. As the contact
 * form does, each write moves its customer's last activity on; a contact made primary takes that from the
 * customer's other contacts, which the caller lists among the incoming rows (not primary, no line) so that
 * an undo gives it back.
 */
@Component
public class ContactImports {

    public static final String INCOMING = "contact_incoming";
    public static final String INCOMING_COLUMNS = """
            line bigint, id bigint, created boolean not null, customer_id bigint not null, name text not null,
            title text, buying_role text, phone text, email text, birthday date, interests text,
            is_primary boolean not null""";
    /** Contacts to restore (undo): id and the row as json. */
    public static final String RESTORE = "contact_restore";

    private final JdbcClient jdbc;

    ContactImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the created rows (their ids set in {@link #INCOMING}) and updates the others; {created, updated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] write(Instant at) {
        // one primary contact per customer is a unique index checked row by row: those that lose it go first
        jdbc.sql("""
                update contact k set is_primary = false from contact_incoming i
                where not i.created and k.id = i.id and k.is_primary and not i.is_primary""").update();
        // ids taken beforehand, in the order of the file: contacts have no other key to find the inserted rows by
        jdbc.sql("""
                update contact_incoming i set id = n.id
                from (select line, nextval(pg_get_serial_sequence('contact', 'id')) as id
                      from (select line from contact_incoming where created order by line) o) n
                where i.created and i.line = n.line""").update();
        int updated = jdbc.sql("""
                update contact k set name = i.name, title = i.title, buying_role = i.buying_role, phone = i.phone,
                       email = i.email, birthday = i.birthday, interests = i.interests, is_primary = i.is_primary,
                       version = k.version + 1, updated_at = now()
                from contact_incoming i where not i.created and k.id = i.id""").update();
        int created = jdbc.sql("""
                insert into contact (id, customer_id, name, title, buying_role, phone, email, birthday, interests,
                                     is_primary)
                select id, customer_id, name, title, buying_role, phone, email, birthday, interests, is_primary
                from contact_incoming where created order by line""").update();
        jdbc.sql("""
                update customer c set last_activity_at = :at
                where c.id in (select customer_id from contact_incoming) and c.last_activity_at < :at""")
                .param("at", Timestamp.from(at)).update();
        return new int[] {created, updated};
    }

    /** Gives the contacts in {@link #RESTORE} (id, before) their values back; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int restore() {
        jdbc.sql("update contact k set is_primary = false from contact_restore r where k.id = r.id and k.is_primary")
                .update();
        return jdbc.sql("""
                update contact k set name = r.before ->> 'name', title = r.before ->> 'title',
                       buying_role = r.before ->> 'buying_role', phone = r.before ->> 'phone',
                       email = r.before ->> 'email', birthday = (r.before ->> 'birthday')::date,
                       interests = r.before ->> 'interests', is_primary = (r.before ->> 'is_primary')::boolean,
                       version = k.version + 1, updated_at = now()
                from contact_restore r where k.id = r.id""").update();
    }

    /** Deletes contacts an import created (the caller has checked nothing refers to them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int delete(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("delete from contact where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }
}
