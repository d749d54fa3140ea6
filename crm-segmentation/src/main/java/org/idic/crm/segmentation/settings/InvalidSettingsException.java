package org.idic.crm.segmentation.settings;

import java.util.List;

/** Settings that cannot be used, with every problem found. */
public class InvalidSettingsException extends IllegalArgumentException {

    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(problems.isEmpty() ? "invalid settings" : problems.size() + " settings problem(s), first: "
                + problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
