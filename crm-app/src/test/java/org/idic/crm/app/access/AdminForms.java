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
        }
        return form;
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
