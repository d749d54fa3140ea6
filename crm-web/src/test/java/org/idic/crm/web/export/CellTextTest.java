package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellTextTest {

    static java.util.stream.Stream<Arguments> cases() {
        return java.util.stream.Stream.of(
                // the formula starts, each neutralised
                Arguments.of("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("+1", "'+1"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tTabbed", "'\tTabbed"),
                Arguments.of("\r=cmd|' /C calc'!A0", "'\r=cmd|' /C calc'!A0"),
                Arguments.of("\0zero", "'\0zero"),
                Arguments.of("=", "'="),
                Arguments.of("-", "'-"),
                Arguments.of("'=already quoted", "'=already quoted"),
                // ordinary text, left alone
                Arguments.of("Acme Trading", "Acme Trading"),
                Arguments.of("王伟贸易有限公司", "王伟贸易有限公司"),
                Arguments.of("a=b", "a=b"),
                Arguments.of(" =1", " =1"),
                Arguments.of("\n=1", "\n=1"),
                Arguments.of("1-2", "1-2"),
                Arguments.of("'", "'"),
                Arguments.of("", ""),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void neutralisesExactlyTheTextThatStartsLikeAFormula(String text, String expected) {
        assertThat(CellText.safe(text)).isEqualTo(expected);
    }
}
