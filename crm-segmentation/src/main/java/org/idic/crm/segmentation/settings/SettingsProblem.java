package org.idic.crm.segmentation.settings;

/**
 * One thing wrong with a settings document.
 *
 * @param field   the settings component (JSON name), e.g. {@code pyramidShares} or {@code channelCosts.VISIT}
 * @param code    a stable machine key for translation, e.g. {@code shares.notAscending}
 * @param message an English sentence for logs and the command-line tool
 */
public record SettingsProblem(String field, String code, String message) {
}
