package org.idic.crm.web.settings;

import java.util.List;

/** A titled part of the settings form ({@code settings.group.KEY} and {@code settings.group.KEY.help}). */
public record SettingGroup(String key, List<SettingField> fields) {

    public SettingGroup {
        fields = List.copyOf(fields);
    }
}
