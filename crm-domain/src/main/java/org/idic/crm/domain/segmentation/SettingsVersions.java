package org.idic.crm.domain.segmentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsJson;
import org.idic.crm.segmentation.settings.SettingsProblem;
import org.idic.crm.segmentation.settings.SettingsValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The segmentation settings and their history. Every save is a new version; nothing invalid is ever
 * saved, so no run can use invalid settings. The first version is the spec's defaults.
 */
@Service
@Transactional
public class SettingsVersions {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettingsVersions(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The settings in force (version 1, the defaults, is created on first use). */
    public SettingsVersion current() {
        return latest().orElseGet(() -> {
            try {
                insert(1, SegmentationSettings.defaults(), null, "system", null);
            } catch (DuplicateKeyException createdMeanwhile) {
                // another instance created version 1 at the same moment: fine
            }
            return latest().orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public List<SettingsVersion> history() {
        return jdbc.query("select * from segmentation_settings order by version desc", SettingsVersions::row);
    }

    @Transactional(readOnly = true)
    public Optional<SettingsVersion> get(int version) {
        return jdbc.query("select * from segmentation_settings where version = ?", SettingsVersions::row, version)
                .stream().findFirst();
    }

    /** Every problem with these settings and this schedule (empty when they may be saved). */
    public static List<SettingsProblem> problems(SegmentationSettings settings, String scheduleCron) {
        List<SettingsProblem> problems = new ArrayList<>(SettingsValidator.validate(settings));
        if (scheduleCron != null && !scheduleCron.isBlank() && !CronExpression.isValidExpression(scheduleCron.strip())) {
            problems.add(new SettingsProblem("scheduleCron", "cron.invalid",
                    "not a cron expression (six fields: second minute hour day month weekday)"));
        }
        return problems;
    }

    /**
     * Saves a new version, if the settings are valid and the actor is an administrator. Without a version
     * check: for callers that mean to overwrite whatever is current (the form uses the overload below).
     */
    public SettingsVersion save(Actor actor, SegmentationSettings settings, String scheduleCron) {
        return save(actor, null, settings, scheduleCron);
    }

    /**
     * Saves a new version, unless someone saved one after {@code expectedVersion} (the version the
     * administrator's form was loaded from).
     *
     * @throws InvalidSettingsException with every problem, when anything is invalid (checked first)
     * @throws ConcurrentEditException  when the current version is no longer {@code expectedVersion}
     */
    public SettingsVersion save(Actor actor, Integer expectedVersion, SegmentationSettings settings,
            String scheduleCron) {
        if (!actor.isAdmin()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, "segmentation_settings", null, "save");
            throw new NotPermittedException("only administrators change the segmentation settings");
        }
        List<SettingsProblem> problems = problems(settings, scheduleCron);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        String cron = scheduleCron == null || scheduleCron.isBlank() ? null : scheduleCron.strip();
        SettingsVersion before = current();
        if (expectedVersion != null) {
            ConcurrentEditException.check("segmentation_settings", null, expectedVersion, before.version());
        }
        String changes = Changes.between(values(before.settings(), before.scheduleCron()), values(settings, cron));
        int version = before.version() + 1;
        try {
            insert(version, settings, cron, actor.username(), changes);
        } catch (DuplicateKeyException savedMeanwhile) {
            // another administrator saved version N+1 between our read and our insert
            throw new ConcurrentEditException("segmentation_settings", null, version);
        }
        events.publishEvent(Audited.of(actor, AuditAction.SETTINGS_CHANGE, "segmentation_settings", (long) version,
                changes, clock.instant()));
        return get(version).orElseThrow();
    }

    /** Makes an earlier version the current one again (as a new version, so history stays linear). */
    public SettingsVersion restore(Actor actor, int version) {
        return restore(actor, null, version);
    }

    /** {@link #restore(Actor, int)}, unless someone saved a version after {@code expectedVersion}. */
    public SettingsVersion restore(Actor actor, Integer expectedVersion, int version) {
        SettingsVersion earlier = get(version).orElseThrow(() -> new NotFoundException("settings version", version));
        return save(actor, expectedVersion, earlier.settings(), earlier.scheduleCron());
    }

    /**
     * The settings as field → value, in form order, for "what changed". Each channel's cost is a field
     * of its own ({@code channelCosts.VISIT}), so that a change names the channel, not the whole table.
     */
    public static Map<String, Object> values(SegmentationSettings settings, String cron) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (var component : SegmentationSettings.class.getRecordComponents()) {
            if (component.getName().equals("channelCosts")) {
                settings.channelCosts().forEach((channel, cost) -> values.put("channelCosts." + channel, cost));
                continue;
            }
            try {
                values.put(component.getName(), component.getAccessor().invoke(settings));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        values.put("scheduleCron", cron);
        return values;
    }

    private Optional<SettingsVersion> latest() {
        return jdbc.query("select * from segmentation_settings order by version desc limit 1", SettingsVersions::row)
                .stream().findFirst();
    }

    private void insert(int version, SegmentationSettings settings, String cron, String by, String changes) {
        jdbc.update("insert into segmentation_settings (version, settings_json, schedule_cron, created_by, created_at,"
                + " changes) values (?, ?, ?, ?, ?, ?)", version, SettingsJson.write(settings), cron, by,
                Timestamp.from(clock.instant()), changes);
    }

    private static SettingsVersion row(ResultSet rs, int n) throws SQLException {
        return new SettingsVersion(rs.getInt("version"), SettingsJson.read(rs.getString("settings_json")),
                rs.getString("schedule_cron"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("changes"));
    }
}
