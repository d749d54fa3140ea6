package org.idic.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each application module owns its tables: only it writes them, and another module reads one in SQL only
 * when the owner publishes it for reading (the scores, the customers and the activity that the read
 * models join for speed at a million customers; see docs/architecture.md). Checked on the SQL in the
 * modules' sources, against every table the migrations create.
 */
class TableOwnershipTest {

    /** Who owns each table, view and sequence the migrations create. */
    static final Map<String, Set<String>> OWNED = Map.ofEntries(
            Map.entry("support", Set.of("event_publication", "form_submission")),
            Map.entry("user", Set.of("app_user", "team", "login_failure", "login_lock", "login_known_address",
                    "user_list_columns", "saved_view", "spring_session", "spring_session_attributes")),
            Map.entry("audit", Set.of("audit_event")),
            Map.entry("customer", Set.of("customer", "contact", "customer_owner_change", "customer_number_seq",
                    "owner_customers")),
            Map.entry("activity", Set.of("interaction", "customer_order", "order_line", "product", "complaint",
                    "interaction_day", "follow_up_day", "interaction_facet_day", "follow_up_facet_day", "business_zone",
                    "complaint_closed_facet_day", "complaint_open_facet", "order_number_seq", "owner_follow_up_due")),
            Map.entry("segmentation", Set.of("segmentation_run", "segmentation_current", "segmentation_settings",
                    "customer_score", "score_history", "run_scores", "shedlock")),
            Map.entry("playbook", Set.of("playbook")),
            Map.entry("report", Set.of("report_cell", "report_tag_cell", "report_point", "migration_pair",
                    "migration_cell", "migration_tag_cell")),
            Map.entry("imports", Set.of("import_batch", "import_record", "import_mapping")),
            Map.entry("customerlist", Set.of()),
            Map.entry("workday", Set.of()),
            Map.entry("access", Set.of()));

    /** What the owners publish for reading in SQL by other modules (never for writing). */
    static final Set<String> PUBLISHED = Set.of("customer", "customer_owner_change", "app_user", "team",
            "interaction", "complaint", "customer_order", "interaction_day", "follow_up_day", "interaction_facet_day",
            "follow_up_facet_day", "complaint_closed_facet_day", "complaint_open_facet", "customer_score",
            "run_scores", "product", "order_line", "contact", "owner_customers", "owner_follow_up_due");

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "idic", "crm", "domain");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate|alter\\s+table|copy)\\s+([a-z_]+)");
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_]+)");
    private static final Pattern COPY = Pattern.compile("new (?:Binary)?Copy\\(\\w+, \"([a-z_]+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Table\\(name = \"([a-z_]+)\"\\)");

    @Test
    void everyTableOfTheMigrationsHasOneOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(?:table|view|sequence)\\s+"
                + "(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
        try (Stream<Path> scripts = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            for (Path script : scripts.toList()) {
                Matcher m = create.matcher(Files.readString(script));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        List<String> owned = OWNED.values().stream().flatMap(Set::stream).toList();
        assertThat(owned).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(owned)).isEqualTo(created);
        assertThat(OWNED.keySet()).containsExactlyInAnyOrderElementsOf(ModulesTest.MODULES.stream()
                .map(m -> m.getIdentifier().toString()).toList());
    }

    @Test
    void aModuleWritesOnlyItsOwnTablesAndReadsOnlyWhatOthersPublish() throws IOException {
        Map<String, String> ownerOf = new HashMap<>();
        OWNED.forEach((module, tables) -> tables.forEach(t -> ownerOf.put(t, module)));
        List<String> wrong = new ArrayList<>();
        int statements = 0;
        for (String module : OWNED.keySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    for (String table : matches(ENTITY, source)) {
                        check(wrong, file, "maps", table, module, ownerOf, true);
                    }
                    for (String table : matches(COPY, source)) {
                        check(wrong, file, "copies into", table, module, ownerOf, true);
                    }
                    Matcher literal = LITERAL.matcher(source);
                    while (literal.find()) {
                        String sql = literal.group(1) != null ? literal.group(1) : literal.group(2);
                        for (String table : matches(WRITE, sql)) {
                            statements++;
                            check(wrong, file, "writes", table, module, ownerOf, true);
                        }
                        for (String table : matches(READ, sql)) {
                            statements++;
                            check(wrong, file, "reads", table, module, ownerOf, false);
                        }
                    }
                }
            }
        }
        assertThat(statements).as("SQL found in the modules").isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, Path file, String does, String table, String module,
            Map<String, String> ownerOf, boolean write) {
        String owner = ownerOf.get(table);
        if (owner == null || owner.equals(module)) {
            return; // not a table (a CTE, a function, a word in a message), or its own
        }
        if (write || !PUBLISHED.contains(table)) {
            wrong.add(file.getFileName() + " (" + module + ") " + does + " " + table + " of " + owner);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1).toLowerCase());
        }
        return found;
    }
}
