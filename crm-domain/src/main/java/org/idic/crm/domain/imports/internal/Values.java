package org.idic.crm.domain.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell checked against its field and written as the database will read it, or the key of what is
 * wrong with it. Chinese words for the enumerations are accepted (个人, 已完成...), as Chinese Excel
 * users write them.
 */
final class Values {

    /** A cell's value as staged, or the problem with it. */
    record Checked(String value, String problem, String argument) {
        static Checked ok(String value) {
            return new Checked(value, null, null);
        }

        static Checked bad(String code, Object argument) {
            return new Checked(null, code, argument == null ? null : argument.toString());
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(?:\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,40}$");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("个人", "INDIVIDUAL"), Map.entry("组织", "ORGANISATION"), Map.entry("企业", "ORGANISATION"),
            Map.entry("公司", "ORGANISATION"), Map.entry("ORGANIZATION", "ORGANISATION"),
            Map.entry("已完成", "COMPLETED"), Map.entry("完成", "COMPLETED"), Map.entry("待处理", "PENDING"),
            Map.entry("已取消", "CANCELLED"), Map.entry("取消", "CANCELLED"), Map.entry("CANCELED", "CANCELLED"),
            Map.entry("已退款", "REFUNDED"), Map.entry("退款", "REFUNDED"),
            Map.entry("网店", "ONLINE"), Map.entry("线上", "ONLINE"), Map.entry("电话", "PHONE"),
            Map.entry("门店", "STORE"), Map.entry("销售代表", "SALES_REP"), Map.entry("合作伙伴", "PARTNER"));

    private Values() {
    }

    /** Checks a non-empty, stripped cell. */
    static Checked check(Field field, String text) {
        return switch (field.type()) {
            case TEXT -> text.length() > field.maxLength() ? Checked.bad("import.value.tooLong", field.maxLength())
                    : Checked.ok(text);
            case INTEGER -> INTEGER.matcher(text).matches() ? Checked.ok(text) : Checked.bad("import.value.integer", null);
            case DECIMAL -> decimal(text);
            case DATE -> date(text);
            case ENUM -> {
                String word = WORDS.getOrDefault(text.toUpperCase(Locale.ROOT).replace(' ', '_'),
                        WORDS.getOrDefault(text, text.toUpperCase(Locale.ROOT).replace(' ', '_')));
                yield field.values().contains(word) ? Checked.ok(word)
                        : Checked.bad("import.value.enum", String.join(", ", field.values().stream().sorted().toList()));
            }
            case EMAIL -> text.length() <= 200 && EMAIL.matcher(text).matches()
                    ? Checked.ok(text.toLowerCase(Locale.ROOT)) : Checked.bad("import.value.email", null);
            case PHONE -> PHONE.matcher(text).matches() && text.replaceAll("[^0-9]", "").length() >= 4
                    ? Checked.ok(text) : Checked.bad("import.value.phone", null);
        };
    }

    private static Checked decimal(String text) {
        String plain = text.replace("_", "");
        if (!DECIMAL.matcher(plain).matches()) {
            return Checked.bad("import.value.number", null);
        }
        return Checked.ok(new BigDecimal(plain).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static Checked date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Checked.bad("import.value.date", null);
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) != null && (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59)) {
                return Checked.bad("import.value.date", null);
            }
            return day.getYear() < 1900 || day.getYear() > 2200 ? Checked.bad("import.value.date", null)
                    : Checked.ok(day.toString());
        } catch (DateTimeException e) {
            return Checked.bad("import.value.date", null);
        }
    }
}
