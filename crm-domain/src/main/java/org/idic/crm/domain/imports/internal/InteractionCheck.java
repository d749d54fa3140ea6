package org.idic.crm.domain.imports.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.idic.crm.domain.activity.InteractionImports;
import org.idic.crm.domain.customer.CustomerImports;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.support.DateBounds;
import org.springframework.stereotype.Component;

/**
 * Interactions, each with an existing customer (by its number), had by the named user or else by the
 * customer's owner. The key is the external id when the row has one; else an interaction is the same one
 * when its customer, time, channel and summary are (so that a file imported twice adds nothing). Times are
 * in the business time zone, dates within the forms' bounds. Written as the form writes them: the team
 * report's daily counts follow (triggers), and each customer's last activity moves on.
 */
@Component
class InteractionCheck implements Check {

    private final InteractionImports interactions;
    private final CustomerImports customers;
    private final Clock clock;

    InteractionCheck(InteractionImports interactions, CustomerImports customers, Clock clock) {
        this.interactions = interactions;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void check(Context c) {
        c.jdbc().sql("""
                create temp table import_interaction on commit drop as
                select s.line, s.f_external_id as xid, s.f_customer_number as cn, s.f_occurred_at as at_text,
                       s.f_occurred_at::timestamp::date as day,
                       s.f_occurred_at::timestamp at time zone %s as occurred_at, s.f_channel as channel,
                       s.f_direction as direction, s.f_purpose as purpose, s.f_summary as summary,
                       s.f_notes as notes, s.f_duration_minutes::int as duration, s.f_mood as mood, s.f_owner as owner,
                       s.f_follow_up_on::date as follow_up_on, c.id as customer_id, c.team_id,
                       coalesce('x:' || s.f_external_id,
                                md5(row(c.id, s.f_occurred_at, s.f_channel, s.f_summary)::text)) as k,
                       c.owner_id as customer_owner, null::bigint as user_id, null::bigint as user_team,
                       null::bigint as id, null::text as action
                from import_stage s left join customer c on c.customer_number = s.f_customer_number
                where not s.bad""".formatted(zone())).update();
        c.problems("customer_number", "import.customer.unknown",
                "select line, cn as val, null as arg from import_interaction where customer_id is null");
        if (c.restricted()) {
            c.problems("customer_number", "import.customer.outsideTeam", """
                    select line, cn as val, null as arg from import_interaction
                    where customer_id is not null and team_id is distinct from :team""");
        }
        LocalDate latest = LocalDate.now(clock).plus(DateBounds.AHEAD);
        String bounds = "between date '" + DateBounds.EARLIEST + "' and date '" + latest + "'";
        c.problems("occurred_at", "import.value.businessDate", "select line, at_text as val, '" + latest
                + "' as arg from import_interaction where day not " + bounds);
        c.problems("follow_up_on", "import.value.businessDate", "select line, follow_up_on::text as val, '" + latest
                + "' as arg from import_interaction where follow_up_on not " + bounds);
        c.problems("follow_up_on", "import.interaction.followUpBefore", """
                select line, follow_up_on::text as val, day::text as arg from import_interaction
                where follow_up_on < day""");
        c.problems("duration_minutes", "import.interaction.duration", """
                select line, duration::text as val, null as arg from import_interaction
                where duration not between 0 and 1440""");
        owners(c);
        c.jdbc().sql("delete from import_interaction where customer_id is null").update();
        sameKeyTwice(c);
        c.jdbc().sql("""
                update import_interaction i set id = x.id from interaction x
                where i.xid is not null and x.external_id = i.xid""").update();
        c.jdbc().sql("""
                update import_interaction i set id = m.id
                from (select i2.line, min(x.id) as id from import_interaction i2 join interaction x
                        on x.customer_id = i2.customer_id and x.occurred_at = i2.occurred_at
                       and x.channel = i2.channel and x.summary = i2.summary
                      where i2.xid is null group by i2.line) m
                where m.line = i.line""").update();
        String key = "coalesce(xid, summary, '')";
        c.problems("customer_number", "import.interaction.otherCustomer", """
                select i.line, i.cn as val, c.customer_number as arg from import_interaction i
                join interaction x on x.id = i.id join customer c on c.id = x.customer_id
                where x.customer_id <> i.customer_id""");
        c.problems("owner", "import.interaction.otherOwner", """
                select i.line, i.owner as val, u.username as arg from import_interaction i
                join interaction x on x.id = i.id join app_user u on u.id = x.user_id
                where i.owner is not null and i.user_id is not null and x.user_id <> i.user_id""");
        if (c.mode() == ImportMode.CREATE) {
            c.problems("external_id", "import.key.exists",
                    "select line, " + key + " as val, null as arg from import_interaction where id is not null");
        }
        if (c.mode() == ImportMode.UPDATE) {
            c.problems("external_id", "import.key.unknown",
                    "select line, " + key + " as val, null as arg from import_interaction where id is null");
        }
        c.problems("channel", "import.value.required",
                "select line, '' as val, null as arg from import_interaction where id is null and channel is null");
        c.problems("summary", "import.value.required",
                "select line, '' as val, null as arg from import_interaction where id is null and summary is null");
        c.jdbc().sql("""
                update import_interaction i set action = case when i.id is null then 'create'
                    when i.occurred_at = x.occurred_at and (i.xid is null or i.xid = x.external_id)
                         and (i.channel is null or i.channel = x.channel)
                         and (i.direction is null or i.direction = x.direction)
                         and (i.purpose is null or i.purpose = x.purpose)
                         and (i.summary is null or i.summary = x.summary)
                         and (i.notes is null or i.notes = x.outcome)
                         and (i.duration is null or i.duration = x.duration_minutes)
                         and (i.mood is null or i.mood = x.mood)
                         and (i.follow_up_on is null or i.follow_up_on = x.follow_up_on)
                    then 'unchanged' else 'update' end
                from import_interaction i2 left join interaction x on x.id = i2.id
                where i2.line = i.line""").update();
    }

    /** The business time zone, in which the file's times are, as an SQL literal (create-table-as takes no parameters). */
    private String zone() {
        return "'" + clock.getZone().normalized().getId().replace("'", "''") + "'";
    }

    /** Who had each interaction: the named user (an active one; in a manager's team), else the customer's owner. */
    private static void owners(Context c) {
        c.jdbc().sql("""
                update import_interaction i set user_id = u.id, user_team = u.team_id from app_user u
                where u.enabled and lower(u.username) = lower(i.owner)""").update();
        c.problems("owner", "import.owner.unknown",
                "select line, owner as val, null as arg from import_interaction"
                        + " where owner is not null and user_id is null");
        if (c.restricted()) {
            c.problems("owner", "import.owner.outsideTeam", """
                    select line, owner as val, null as arg from import_interaction
                    where user_id is not null and user_team is distinct from :team""");
        }
        c.jdbc().sql("update import_interaction set user_id = customer_owner where owner is null").update();
    }

    /** Rows with the same key: identical ones are one interaction; different ones are a mistake in the file. */
    private static void sameKeyTwice(Context c) {
        c.problems("external_id", "import.key.duplicate", """
                select i.line, coalesce(i.xid, i.summary) as val, g.first::text as arg from import_interaction i
                join (select k, min(line) as first from import_interaction group by k
                      having count(distinct md5(row(cn, occurred_at, channel, direction, purpose, summary, notes,
                                                    duration, mood, owner, follow_up_on)::text)) > 1) g on g.k = i.k
                where i.line <> g.first""");
        c.jdbc().sql("""
                delete from import_interaction i using (select k, min(line) as first from import_interaction group by k
                                                        having count(*) > 1) g
                where g.k = i.k and i.line <> g.first""").update();
    }

    @Override
    public long[] counts(Context c) {
        return c.jdbc().sql("""
                select count(*) filter (where action = 'create'), count(*) filter (where action = 'update'),
                       count(*) filter (where action = 'unchanged'), 0 from import_interaction x
                where not exists (select 1 from import_problem p where p.line = x.line)""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), 0}).single();
    }

    @Override
    public void write(Context c, long batch) {
        c.jdbc().sql("create temp table " + InteractionImports.INCOMING + " (" + InteractionImports.INCOMING_COLUMNS
                + ") on commit drop").update();
        c.jdbc().sql("""
                insert into interaction_incoming (line, id, created, external_id, customer_id, user_id, channel,
                                                  direction, purpose, occurred_at, duration_minutes, summary, outcome,
                                                  mood, follow_up_on)
                select i.line, i.id, i.id is null, coalesce(i.xid, x.external_id), i.customer_id,
                       coalesce(x.user_id, i.user_id), coalesce(i.channel, x.channel),
                       coalesce(i.direction, x.direction, 'OUTBOUND'), coalesce(i.purpose, x.purpose, 'INFORMATION'),
                       i.occurred_at, coalesce(i.duration, x.duration_minutes), coalesce(i.summary, x.summary),
                       coalesce(i.notes, x.outcome), coalesce(i.mood, x.mood), coalesce(i.follow_up_on, x.follow_up_on)
                from import_interaction i left join interaction x on x.id = i.id
                where i.action in ('create', 'update')""").update();
        c.jdbc().sql("""
                create temp table import_before on commit drop as
                select x.id, to_jsonb(x) as before from interaction x join interaction_incoming i on i.id = x.id""")
                .update();
        interactions.write();
        c.jdbc().sql("create temp table " + CustomerImports.TOUCHED + " on commit drop as"
                + " select distinct customer_id as id from interaction_incoming").update();
        customers.touch(clock.instant());
        c.jdbc().sql("""
                insert into import_record (batch_id, entity, record_id, created, before, version_after)
                select :batch, 'interaction', i.id, i.created, b.before, x.version
                from interaction_incoming i join interaction x on x.id = i.id
                left join import_before b on b.id = i.id""")
                .param("batch", batch).update();
    }
}
