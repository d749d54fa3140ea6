package org.idic.crm.web.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.playbook.Playbook;
import org.idic.crm.domain.playbook.Playbooks;

/** The edit form of one playbook: both texts and the version they were loaded at. */
public class PlaybookForm {

    private Long version;
    @NotBlank
    @Size(max = Playbooks.MAX_LENGTH)
    private String textEn;
    @NotBlank
    @Size(max = Playbooks.MAX_LENGTH)
    private String textZh;

    public static PlaybookForm of(Playbook playbook) {
        PlaybookForm form = new PlaybookForm();
        form.version = playbook.version();
        form.textEn = playbook.textEn();
        form.textZh = playbook.textZh();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextZh() {
        return textZh;
    }

    public void setTextZh(String textZh) {
        this.textZh = textZh;
    }

    /** The values a user compares when someone else saved meanwhile. */
    public Map<String, String> comparableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("textEn", textEn);
        values.put("textZh", textZh);
        return values;
    }
}
