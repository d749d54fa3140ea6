package org.idic.crm.domain.imports.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.internal.Field.Type;

/** The columns of each kind, and how a file's headers are matched to them. */
public final class Fields {

    private static final Map<ImportKind, List<Field>> FIELDS = Map.of(
            ImportKind.CUSTOMERS, List.of(
                    Field.text("number", 20, "customer_number", "customer number", "customerid", "customer id",
                            "客户编号", "客户号", "编号"),
                    Field.text("external_id", 100, "external id", "外部编号", "外部id"),
                    Field.oneOf("type", Set.of("INDIVIDUAL", "ORGANISATION"), "kind", "customer type", "类型",
                            "客户类型"),
                    Field.text("name", 200, "customer name", "名称", "客户名称", "姓名"),
                    Field.of("email", Type.EMAIL, "e-mail", "mail", "邮箱", "电子邮件"),
                    Field.of("phone", Type.PHONE, "telephone", "mobile", "电话", "手机"),
                    Field.text("city", 100, "城市"),
                    Field.text("country", 80, "国家"),
                    Field.text("owner", 64, "负责人", "所有者"),
                    Field.text("tags", 1000, "标签")),
            ImportKind.CONTACTS, List.of(
                    Field.text("customer_number", 20, "customerid", "customer id", "customer", "客户编号"),
                    Field.text("name", 200, "contact", "contact name", "姓名", "联系人", "联系人姓名"),
                    Field.text("title", 120, "role", "job title", "position", "职务", "职位"),
                    Field.oneOf("buying_role", Set.of("DECISION_MAKER", "INFLUENCER", "PURCHASER", "USER",
                            "GATEKEEPER"), "buying role", "购买角色", "采购角色"),
                    Field.of("email", Type.EMAIL, "e-mail", "mail", "邮箱", "电子邮件"),
                    Field.of("phone", Type.PHONE, "telephone", "mobile", "电话", "手机"),
                    Field.of("birthday", Type.DATE, "birth date", "生日"),
                    Field.text("interests", 500, "兴趣", "兴趣爱好"),
                    Field.of("primary", Type.BOOLEAN, "is_primary", "primary contact", "主要联系人")),
            ImportKind.PRODUCTS, List.of(
                    Field.text("sku", 40, "stockcode", "stock code", "商品编码", "货号"),
                    Field.text("name", 200, "description", "product", "名称", "商品名称"),
                    Field.text("category", 100, "类别", "分类"),
                    Field.of("unit_price", Type.DECIMAL, "price", "list_price", "单价", "价格"),
                    Field.of("unit_cost", Type.DECIMAL, "成本", "单位成本")),
            ImportKind.ORDERS, List.of(
                    Field.text("order_number", 30, "invoiceno", "invoice", "invoice number", "order", "订单号",
                            "订单编号"),
                    Field.text("customer_number", 20, "customerid", "customer id", "customer", "客户编号"),
                    Field.of("order_date", Type.DATE, "invoicedate", "date", "订单日期", "日期"),
                    Field.oneOf("status", Set.of("PENDING", "COMPLETED", "CANCELLED", "REFUNDED"), "状态"),
                    Field.oneOf("channel", Set.of("ONLINE", "PHONE", "STORE", "SALES_REP", "PARTNER"), "渠道"),
                    Field.text("sku", 40, "stockcode", "stock code", "商品编码", "货号"),
                    Field.of("quantity", Type.INTEGER, "qty", "数量"),
                    Field.of("unit_price", Type.DECIMAL, "unitprice", "price", "单价"),
                    Field.of("unit_cost", Type.DECIMAL, "unitcost", "成本单价", "单位成本"),
                    Field.of("amount", Type.DECIMAL, "totalprice", "total", "金额", "总金额"),
                    Field.of("cost", Type.DECIMAL, "total cost", "成本", "总成本")),
            ImportKind.INTERACTIONS, List.of(
                    Field.text("external_id", 100, "external id", "外部编号", "外部id"),
                    Field.text("customer_number", 20, "customerid", "customer id", "customer", "客户编号"),
                    Field.of("occurred_at", Type.DATETIME, "date", "time", "when", "occurred", "时间", "日期",
                            "互动时间"),
                    Field.oneOf("channel", Set.of("VISIT", "PHONE", "EMAIL", "LETTER", "WEBSITE", "INSTANT_MESSAGE",
                            "MEETING", "EVENT"), "type", "渠道", "方式", "互动方式"),
                    Field.oneOf("direction", Set.of("INBOUND", "OUTBOUND"), "方向"),
                    Field.oneOf("purpose", Set.of("INFORMATION", "CARE", "FEEDBACK"), "目的"),
                    Field.text("summary", 2000, "subject", "主题", "摘要"),
                    Field.text("notes", 2000, "outcome", "结果", "备注"),
                    Field.of("duration_minutes", Type.INTEGER, "duration", "minutes", "时长", "时长（分钟）"),
                    Field.oneOf("mood", Set.of("NEGATIVE", "NEUTRAL", "POSITIVE"), "客户情绪", "情绪"),
                    Field.text("owner", 64, "user", "username", "负责人", "跟进人"),
                    Field.of("follow_up_on", Type.DATE, "follow up", "follow-up", "follow up on", "跟进日期",
                            "下次跟进")));

    private Fields() {
    }

    public static List<Field> of(ImportKind kind) {
        return FIELDS.get(kind);
    }

    /** The field names of a kind, in template order. */
    public static List<String> names(ImportKind kind) {
        return of(kind).stream().map(Field::name).toList();
    }

    /** Field → the header it is read from: the headers recognised by name or alias, in either language. */
    public static Map<String, String> match(ImportKind kind, List<String> header) {
        Map<String, String> byKey = new HashMap<>();
        for (Field field : of(kind)) {
            byKey.putIfAbsent(key(field.name()), field.name());
            field.aliases().forEach(alias -> byKey.putIfAbsent(key(alias), field.name()));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String column : header) {
            String field = byKey.get(key(column));
            if (field != null) {
                mapping.putIfAbsent(field, column);
            }
        }
        return mapping;
    }

    /** Headers compare without case, spaces, underscores and hyphens ("Order Date" = "order_date"). */
    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
