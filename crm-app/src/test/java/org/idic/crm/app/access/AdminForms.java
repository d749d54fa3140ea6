package org.idic.crm.app.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forms the administration pages would accept, so that a probe is refused (or not) for who sends it,
 * never for what it sends: the settings form with valid values at the current version, a restore of
 * version 1 against the current version, a playbook edit at its current version.
 */
final class AdminForms {

    /** The playbook the probes edit. */
    static final String PLAYBOOK = "lifecycle.MATURE";

    private AdminForms() {
    }

    static Map<String, String> of(String pattern, JdbcTemplate jdbc) {
        Map<String, String> form = new LinkedHashMap<>();
        if (pattern.startsWith("/admin/segmentation")) {
            // version 1 exists once anyone has read the settings; make sure it does before a probe names it
            jdbc.update("insert into segmentation_settings (version, settings_json, created_by) values (1, '{}',"
                    + " 'probe') on conflict (version) do nothing");
            Integer current = jdbc.queryForObject("select max(version) from segmentation_settings", Integer.class);
            form.put("version", String.valueOf(current));
            form.put("expectedVersion", String.valueOf(current));
            SettingsVersions.values(SegmentationSettings.defaults(), null).forEach((field, value) ->
                    form.put("values[" + field + "]", text(value)));
        } else if (pattern.startsWith("/admin/playbooks")) {
            form.put("version", String.valueOf(jdbc.queryForObject("select version from playbook where key = ?",
                    Long.class, PLAYBOOK)));
            form.put("textEn", "Extend the relationship, ask for referrals, cross-sell.");
            form.put("textZh", "延长合作关系，请求推荐，开展交叉销售。");
        } else if (pattern.startsWith("/admin/users")) {
            long north = jdbc.queryForObject("select id from team where name = 'North'", Long.class);
            form.put("username", "probe" + System.nanoTime());
            form.put("displayName", "Probe Person");
            form.put("role", "REP");
            form.put("teamId", String.valueOf(north));
            form.put("locale", "en");
            form.put("version", String.valueOf(jdbc.queryForObject("select version from app_user where id = ?",
                    Long.class, probeUser(jdbc))));
        } else if (pattern.startsWith("/admin/teams")) {
            form.put("name", pattern.equals("/admin/teams") ? "Probe " + System.nanoTime() : PROBE_TEAM);
            form.put("version", String.valueOf(jdbc.queryForObject("select version from team where id = ?",
                    Long.class, probeTeam(jdbc))));
        }
        return form;
    }

    /** The user the administration probes change (a rep of North with no customers). */
    static final String PROBE_USER = "probe-user";
    /** The empty team the team probes rename and delete. */
    static final String PROBE_TEAM = "Probe team";

    /** The URL with the probe user's or team's id, created when missing (a probe deletes the team). */
    static String target(String pattern, JdbcTemplate jdbc, String url) {
        if (pattern.startsWith("/admin/users/{id}")) {
            return url.replace("/admin/users/0", "/admin/users/" + probeUser(jdbc));
        }
        if (pattern.startsWith("/admin/teams/{id}")) {
            return url.replace("/admin/teams/0", "/admin/teams/" + probeTeam(jdbc));
        }
        return url;
    }

    static long probeUser(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, team_id)
                select ?, '{noop}unusable', 'Probe User', 'REP', id from team where name = 'North'
                on conflict do nothing""", PROBE_USER);
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, PROBE_USER);
    }

    static long probeTeam(JdbcTemplate jdbc) {
        jdbc.update("insert into team (name) values (?) on conflict do nothing", PROBE_TEAM);
        return jdbc.queryForObject("select id from team where name = ?", Long.class, PROBE_TEAM);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
