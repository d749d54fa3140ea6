package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CellTextProperties {

    /** Any text, with the dangerous first characters (and the quote) much more likely than by chance. */
    @Provide
    static Arbitrary<String> cellTexts() {
        Arbitrary<String> head = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\0", "'", "\n", " ", "a", "王", "");
        return net.jqwik.api.Combinators.combine(head, Arbitraries.strings().ofMaxLength(20)).as(String::concat);
    }

    @Property
    void aWrittenCellNeverStartsWithAFormulaCharacterUnlessItStartsWithAQuote(@ForAll("cellTexts") String text) {
        String safe = CellText.safe(text);
        if (!safe.isEmpty() && !safe.startsWith("'")) {
            assertThat(CellText.DANGEROUS_STARTS.indexOf(safe.charAt(0))).isNegative();
        }
    }

    @Property
    void theTextItselfIsKeptWhole(@ForAll("cellTexts") String text) {
        String safe = CellText.safe(text);
        assertThat(safe.equals(text) || safe.equals("'" + text)).isTrue();
        assertThat(safe.equals(text)).isEqualTo(text.isEmpty() || CellText.DANGEROUS_STARTS.indexOf(text.charAt(0)) < 0);
    }

    @Property
    void neutralisingTwiceChangesNothing(@ForAll("cellTexts") String text) {
        assertThat(CellText.safe(CellText.safe(text))).isEqualTo(CellText.safe(text));
    }
}
