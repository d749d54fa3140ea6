package org.idic.crm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit page shows no raw keys or codes: every field any module records in "what changed" has a label
 * in English and in Chinese, and so has every code of a field that holds codes; a code recorded in a field
 * not declared as holding codes fails too. The fields are read from the sources (crm-domain's and
 * crm-web's), so that a field added to a record's audit values cannot be forgotten here.
 */
@WebIntegrationTest
class AuditLabelsTest {

    /** {@code values.put("field", ...)}, the audit values of the records. */
    private static final Pattern PUT = Pattern.compile("values\\.put\\(\"([a-zA-Z]+)\"");
    /** The field names of {@code Changes.of(Map.of("a", x, "b", y))} and the like. */
    private static final Pattern CHANGES = Pattern.compile("Changes\\.(?:of|between)\\((.{0,300}?)clock",
            Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("\"([a-zA-Z]+)\",");
    /** Details written as JSON text: {@code "{\"rows\":..."}}. */
    private static final Pattern JSON_KEY = Pattern.compile("\\\\\"([a-zA-Z]+)\\\\\":");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+|true|false");

    @Autowired
    AuditLabels labels;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyAuditedFieldHasALabelInEnglishAndInChinese() throws IOException {
        Set<String> fields = auditedFields();
        assertThat(fields).contains("status", "listPrice", "founded", "keyPoints", "buyingRole", "rows", "textEn")
                .hasSizeGreaterThan(80);
        Properties english = bundle(false);
        Properties chinese = bundle(true);
        for (String field : fields) {
            String key = english.containsKey("audit.field." + field) ? "audit.field." + field : "field." + field;
            assertThat(english).as("an English label for the audited field " + field).containsKey(key);
            assertThat(chinese.getProperty(key)).as("a Chinese label for the audited field " + field)
                    .isNotNull().containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void everyCodeOfAFieldThatHoldsCodesHasALabelInEnglishAndInChinese() throws IOException {
        Properties english = bundle(false);
        Properties chinese = bundle(true);
        AuditLabels.CODED.forEach((type, fields) -> fields.forEach((field, codes) -> codes.codes().forEach(code -> {
            String key = codes.prefix() + code;
            assertThat(english).as("%s.%s = %s", type, field, code).containsKey(key);
            assertThat(chinese).as("%s.%s = %s in Chinese", type, field, code).containsKey(key);
        })));
    }

    @Test
    void everyCodeARecordedLineHoldsIsInAFieldDeclaredToHoldCodes() {
        scenario.reset();
        scenario.bookOf("rep1");
        scenario.awaitEvents();
        JsonMapper json = JsonMapper.builder().build();
        Set<String> seen = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        for (Map<String, Object> line : jdbc.queryForList("select entity_type, details from audit_event"
                + " where details like '{%'")) {
            String type = (String) line.get("entity_type");
            for (Map.Entry<String, JsonNode> field : json.readTree((String) line.get("details")).properties()) {
                for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
                    if (value.isNull() || !CODE.matcher(value.asString()).matches()) {
                        continue;
                    }
                    seen.add(type + "." + field.getKey() + " = " + value.asString());
                    if (!AuditLabels.CODED.getOrDefault(type, Map.of()).containsKey(field.getKey())) {
                        undeclared.add(type + "." + field.getKey() + " = " + value.asString());
                    }
                }
            }
        }
        assertThat(seen).contains("complaint.severity = HIGH", "interaction.channel = PHONE", "contact.primary = true");
        assertThat(undeclared).isEmpty();
    }

    /** Every field name the modules record, from their sources (the test runs in crm-web's directory). */
    static Set<String> auditedFields() throws IOException {
        Set<String> fields = new TreeSet<>();
        Path domain = Path.of("..", "crm-domain", "src", "main", "java");
        for (Path sources : new Path[] {domain, Path.of("src", "main", "java")}) {
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    all(PUT, source, fields);
                    all(JSON_KEY, source, fields);
                    Matcher changes = CHANGES.matcher(source);
                    while (changes.find()) {
                        all(KEY, changes.group(1), fields);
                    }
                }
            }
        }
        return fields;
    }

    private static void all(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** All the message bundles of one language, read as files (a missing Chinese key must not pass as English). */
    private static Properties bundle(boolean chinese) throws IOException {
        Properties all = new Properties();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
            if (r.getFilename().endsWith("_zh_CN.properties") == chinese) {
                try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }
}
