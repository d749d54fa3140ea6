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
            Map.entry("门店", "STORE"), Map.entry("销售代表", "SALES_REP"), Map.entry("合作伙伴", "PARTNER"),
            // interactions and contacts: the words their forms show (messages*.properties, enum.*)
            Map.entry("E-MAIL", "EMAIL"), Map.entry("WEB_SITE", "WEBSITE"), Map.entry("面谈拜访", "VISIT"),
            Map.entry("拜访", "VISIT"), Map.entry("电子邮件", "EMAIL"), Map.entry("邮件", "EMAIL"),
            Map.entry("信函", "LETTER"), Map.entry("网站", "WEBSITE"), Map.entry("即时消息", "INSTANT_MESSAGE"),
            Map.entry("会议", "MEETING"), Map.entry("活动", "EVENT"), Map.entry("客户来访", "INBOUND"),
            Map.entry("主动联系", "OUTBOUND"), Map.entry("信息", "INFORMATION"), Map.entry("情感关怀", "CARE"),
            Map.entry("关怀", "CARE"), Map.entry("意见或建议", "FEEDBACK"), Map.entry("反馈", "FEEDBACK"),
            Map.entry("不满", "NEGATIVE"), Map.entry("平和", "NEUTRAL"), Map.entry("满意", "POSITIVE"),
            Map.entry("决策者", "DECISION_MAKER"), Map.entry("影响者", "INFLUENCER"), Map.entry("采购者", "PURCHASER"),
            Map.entry("使用者", "USER"), Map.entry("把关者", "GATEKEEPER"));
    private static final Map<String, String> BOOLEANS = Map.ofEntries(
            Map.entry("true", "true"), Map.entry("yes", "true"), Map.entry("y", "true"), Map.entry("1", "true"),
            Map.entry("x", "true"), Map.entry("是", "true"), Map.entry("false", "false"), Map.entry("no", "false"),
            Map.entry("n", "false"), Map.entry("0", "false"), Map.entry("否", "false"));

    private Values() {
    }

    /** Checks a non-empty, stripped cell. */
    static Checked check(Field field, String text) {
        return switch (field.type()) {
            case TEXT -> text.length() > field.maxLength() ? Checked.bad("import.value.tooLong", field.maxLength())
                    : Checked.ok(text);
            case INTEGER -> INTEGER.matcher(text).matches() ? Checked.ok(text) : Checked.bad("import.value.integer", null);
            case DECIMAL -> decimal(text);
            case DATE -> date(text, false);
            case DATETIME -> date(text, true);
            case BOOLEAN -> {
                String value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
                yield value == null ? Checked.bad("import.value.boolean", null) : Checked.ok(value);
            }
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

    /** A date, or with {@code withTime} a local date-time ({@code 2026-03-31 14:30:00}; midnight when no time is given). */
    private static Checked date(String text, boolean withTime) {
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
            if (day.getYear() < 1900 || day.getYear() > 2200) {
                return Checked.bad("import.value.date", null);
            }
            if (!withTime) {
                return Checked.ok(day.toString());
            }
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return second > 59 ? Checked.bad("import.value.date", null)
                    : Checked.ok(day.atTime(hour, minute, second).toString().replace('T', ' '));
        } catch (DateTimeException e) {
            return Checked.bad("import.value.date", null);
        }
    }
}
