package org.idic.crm.web.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.segmentation.SettingsVersion;

/**
 * The settings form: every field as typed (text, so that a wrong value is shown back as it was typed),
 * keyed by {@link SettingField#name()}, and the version the form was loaded from. Keys that are not
 * fields are never read.
 */
public class SettingsForm {

    private Integer version;
    private Map<String, String> values = new LinkedHashMap<>();

    /** The form filled with a stored version. */
    public static SettingsForm of(SettingsVersion stored) {
        SettingsForm form = new SettingsForm();
        form.version = stored.version();
        form.values = SettingFields.text(stored.settings(), stored.scheduleCron());
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }
}
