package org.idic.crm.domain.playbook;

import java.time.Instant;

/**
 * The recommended treatment for a value tier ({@code tier.MVC} ...) or a lifecycle stage
 * ({@code lifecycle.DECLINE} ...), in both languages of the interface.
 */
public record Playbook(String key, String textEn, String textZh, String updatedBy, Instant updatedAt,
        long version) {

    /** The text for a language tag ("zh-CN" → Chinese, anything else English). */
    public String text(String languageTag) {
        return languageTag != null && languageTag.startsWith("zh") ? textZh : textEn;
    }
}
