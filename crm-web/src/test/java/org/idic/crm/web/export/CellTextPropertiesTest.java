package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;

class CellTextPropertiesTest {

    /** As many cases as jqwik tried by default. */
    static final int CASES = 1000;

    /** Any text, with the dangerous first characters (and the quote) much more likely than by chance. */
    static String cellText(RandomCases.Draw draw) {
        return draw.oneOf("=", "+", "-", "@", "\t", "\r", "\0", "'", "\n", " ", "a", "王", "") + draw.anyText(20);
    }

    @Test
    void aWrittenCellNeverStartsWithAFormulaCharacterUnlessItStartsWithAQuote() {
        RandomCases.check(CASES, draw -> {
            String safe = CellText.safe(cellText(draw));
            if (!safe.isEmpty() && !safe.startsWith("'")) {
                assertThat(CellText.DANGEROUS_STARTS.indexOf(safe.charAt(0))).isNegative();
            }
        });
    }

    @Test
    void theTextItselfIsKeptWhole() {
        RandomCases.check(CASES, draw -> {
            String text = cellText(draw);
            String safe = CellText.safe(text);
            assertThat(safe.equals(text) || safe.equals("'" + text)).isTrue();
            assertThat(safe.equals(text)).isEqualTo(text.isEmpty()
                    || CellText.DANGEROUS_STARTS.indexOf(text.charAt(0)) < 0);
        });
    }

    @Test
    void neutralisingTwiceChangesNothing() {
        RandomCases.check(CASES, draw -> {
            String text = cellText(draw);
            assertThat(CellText.safe(CellText.safe(text))).isEqualTo(CellText.safe(text));
        });
    }
}
