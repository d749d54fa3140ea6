package org.idic.crm.domain.activity;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's set-based writer for imports of interactions, in the caller's transaction. The
 * caller fills {@link #INCOMING} ({@link #INCOMING_COLUMNS}); {@code created} rows are inserted, the others
 * update the interaction with that {@code id}, moving its version on. As with the form, a changed follow-up
 * date makes the follow-up open again. The team report's daily counts follow by the triggers on
 * {@code interaction} (V11, V25_1), which fire for these set-based rows as for a form's.
 */
@Component
public class InteractionImports {

    public static final String INCOMING = "interaction_incoming";
    public static final String INCOMING_COLUMNS = """
            line bigint, id bigint, created boolean not null, external_id text, customer_id bigint not null,
            user_id bigint not null, channel text not null, direction text not null, purpose text not null,
            occurred_at timestamptz not null, duration_minutes integer, summary text not null, outcome text,
            mood text, follow_up_on date""";
    /** Interactions to restore (undo): id and the row as json. */
    public static final String RESTORE = "interaction_restore";

    private final JdbcClient jdbc;

    InteractionImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the created rows (their ids set in {@link #INCOMING}) and updates the others; {created, updated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] write() {
        // ids taken beforehand, in the order of the file: an interaction without an external id has no key to
        // find the inserted row by
        jdbc.sql("""
                update interaction_incoming i set id = n.id
                from (select line, nextval(pg_get_serial_sequence('interaction', 'id')) as id
                      from (select line from interaction_incoming where created order by line) o) n
                where i.created and i.line = n.line""").update();
        int created = jdbc.sql("""
                insert into interaction (id, external_id, customer_id, user_id, channel, direction, purpose,
                                         occurred_at, duration_minutes, summary, outcome, mood, follow_up_on)
                select id, external_id, customer_id, user_id, channel, direction, purpose, occurred_at,
                       duration_minutes, summary, outcome, mood, follow_up_on
                from interaction_incoming where created order by line""").update();
        int updated = jdbc.sql("""
                update interaction x set external_id = i.external_id, channel = i.channel, direction = i.direction,
                       purpose = i.purpose, occurred_at = i.occurred_at, duration_minutes = i.duration_minutes,
                       summary = i.summary, outcome = i.outcome, mood = i.mood, follow_up_on = i.follow_up_on,
                       follow_up_done = x.follow_up_done and x.follow_up_on is not distinct from i.follow_up_on,
                       follow_up_done_at = case when x.follow_up_on is not distinct from i.follow_up_on
                                                then x.follow_up_done_at end,
                       version = x.version + 1, updated_at = now()
                from interaction_incoming i where not i.created and x.id = i.id""").update();
        return new int[] {created, updated};
    }

    /** Gives the interactions in {@link #RESTORE} (id, before) their values back; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int restore() {
        return jdbc.sql("""
                update interaction x set external_id = r.before ->> 'external_id', channel = r.before ->> 'channel',
                       direction = r.before ->> 'direction', purpose = r.before ->> 'purpose',
                       occurred_at = (r.before ->> 'occurred_at')::timestamptz,
                       duration_minutes = (r.before ->> 'duration_minutes')::integer, summary = r.before ->> 'summary',
                       outcome = r.before ->> 'outcome', mood = r.before ->> 'mood',
                       follow_up_on = (r.before ->> 'follow_up_on')::date,
                       follow_up_done = (r.before ->> 'follow_up_done')::boolean,
                       follow_up_done_at = (r.before ->> 'follow_up_done_at')::timestamptz,
                       version = x.version + 1, updated_at = now()
                from interaction_restore r where x.id = r.id""").update();
    }

    /** Deletes interactions an import created (their daily counts are taken back by the triggers). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int delete(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("delete from interaction where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }
}
