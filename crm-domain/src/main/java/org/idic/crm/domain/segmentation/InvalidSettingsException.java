package org.idic.crm.domain.segmentation;

import java.util.List;
import org.idic.crm.segmentation.settings.SettingsProblem;

/** Settings that may not be saved or used, with every problem found, per field. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(problems.size() + " problem(s) in the segmentation settings: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
