package org.idic.crm.web.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.ComplaintStatus;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.Mood;
import org.idic.crm.domain.activity.OrderStatus;
import org.idic.crm.domain.activity.Purpose;
import org.idic.crm.domain.activity.SalesChannel;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.customer.BuyingRole;
import org.idic.crm.domain.customer.BuyingStyle;
import org.idic.crm.domain.customer.CreditRating;
import org.idic.crm.domain.customer.CustomerSource;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.Gender;
import org.idic.crm.domain.customer.IncomeBand;
import org.idic.crm.domain.customer.MaritalStatus;
import org.idic.crm.domain.customer.PersonalityType;
import org.idic.crm.domain.customer.RevenueBand;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names an audit line's fields and coded values in the reader's language: a field by
 * {@code audit.field.<name>} (the settings' own labels, {@code field.<name>}, for a settings version), a
 * value that is a code (an enum constant, a yes/no, a language) by the label the forms use for it. Which
 * fields hold codes is said here per record type; {@code AuditLabelsTest} fails on a field or code without
 * a label in either language.
 */
@Component
class AuditLabels {

    /** The labels of a field's codes: {@code prefix + code}. */
    record Codes(String prefix, List<String> codes) {

        static Codes of(Class<? extends Enum<?>> type) {
            return new Codes("enum." + type.getSimpleName() + ".",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }

        static Codes of(String prefix, Class<? extends Enum<?>> type) {
            return new Codes(prefix, of(type).codes());
        }
    }

    static final Codes YES_NO = new Codes("audit.value.", List.of("true", "false"));
    static final Codes LANGUAGES = new Codes("audit.value.locale.", List.of("en", "zh-CN"));

    /** The fields whose values are codes, by record type. */
    static final Map<String, Map<String, Codes>> CODED = Map.of(
            "customer", Map.ofEntries(Map.entry("status", Codes.of(CustomerStatus.class)),
                    Map.entry("source", Codes.of(CustomerSource.class)), Map.entry("gender", Codes.of(Gender.class)),
                    Map.entry("maritalStatus", Codes.of(MaritalStatus.class)),
                    Map.entry("incomeBand", Codes.of(IncomeBand.class)),
                    Map.entry("personalityType", Codes.of(PersonalityType.class)),
                    Map.entry("buyingStyle", Codes.of(BuyingStyle.class)),
                    Map.entry("annualRevenueBand", Codes.of(RevenueBand.class)),
                    Map.entry("creditRating", Codes.of(CreditRating.class)), Map.entry("priorityDelivery", YES_NO)),
            "contact", Map.of("buyingRole", Codes.of(BuyingRole.class), "primary", YES_NO),
            "order", Map.of("status", Codes.of(OrderStatus.class), "channel", Codes.of(SalesChannel.class)),
            "interaction", Map.of("channel", Codes.of(InteractionChannel.class), "direction", Codes.of(Direction.class),
                    "purpose", Codes.of(Purpose.class), "mood", Codes.of(Mood.class), "followUpDone", YES_NO),
            "complaint", Map.of("status", Codes.of(ComplaintStatus.class),
                    "channel", Codes.of(InteractionChannel.class), "category", Codes.of(ComplaintCategory.class),
                    "severity", Codes.of(Severity.class), "founded", YES_NO),
            "product", Map.of("active", YES_NO),
            "user", Map.of("role", Codes.of("role.", Role.class), "enabled", YES_NO, "locale", LANGUAGES),
            "import", Map.of("kind", Codes.of("audit.value.ImportKind.", ImportKind.class),
                    "mode", Codes.of("audit.value.ImportMode.", ImportMode.class), "undo", YES_NO));

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The line with its fields and coded values named in {@code locale}. */
    AuditLine named(AuditLine line, Locale locale) {
        String type = line.entry().entityType();
        List<AuditLine.Change> named = new ArrayList<>();
        for (AuditLine.Change c : line.changes()) {
            named.add(new AuditLine.Change(field(c.field(), locale), value(type, c.field(), c.before(), locale),
                    value(type, c.field(), c.after(), locale), c.pair()));
        }
        return new AuditLine(line.entry(), named, line.raw());
    }

    /** A field's label, or null when it has none. */
    String field(String field, Locale locale) {
        String label = messages.getMessage("audit.field." + field, null, null, locale);
        return label != null ? label : messages.getMessage("field." + field, null, field, locale);
    }

    /** A value as the reader reads it: a code by its label (each of a list of codes), anything else as is. */
    String value(String type, String field, String value, Locale locale) {
        Codes codes = CODED.getOrDefault(type == null ? "" : type, Map.of()).get(field);
        if (value == null || codes == null) {
            return value;
        }
        String list = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> messages.getMessage(codes.prefix() + code, null, code, locale))
                .collect(Collectors.joining(", "));
    }
}
