package org.idic.crm.app.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.imports.DuplicateChoice;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.ImportProblem;
import org.idic.crm.domain.imports.ImportProgress;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.ImportRequest;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.domain.imports.PossibleDuplicate;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code import --kind K --file FILE ...}: the page's import for nightly feeds, with the same checks and
 * the same single transaction. Prints the counts; every bad row as {@code FILE:LINE: column: reason} on
 * standard error, in the language of the user it imports as (English unless they chose Chinese). Exit
 * status 0 done, 2 rejected input (nothing written), 3 any other failure.
 */
final class ImportJob implements Commands.Job {

    static final int REJECTED = 2;
    static final int FAILED = 3;

    @Override
    public Set<String> options() {
        return Set.of("kind", "file", "mapping", "mode", "dry-run", "as", "owner", "sheet", "duplicates");
    }

    @Override
    public void check(CommandLine line) {
        if (!line.options().containsKey("kind") || !line.options().containsKey("file")) {
            throw new CommandLine.UsageException("import needs --kind customers|contacts|products|orders|interactions and --file FILE");
        }
        kind(line);
        mode(line);
        duplicates(line);
        Path file = Path.of(line.options().get("file"));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandLine.UsageException("cannot read the file " + file);
        }
    }

    @Override
    public boolean wantsDemoBook() {
        return false;
    }

    @Override
    public int failureStatus() {
        return FAILED;
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out) {
        return run(line, context, out, out);
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        Imports imports = context.getBean(Imports.class);
        MessageSource messages = context.getBean(MessageSource.class);
        String fileName = line.options().get("file");
        UserView user = user(line, context.getBean(UserAccounts.class));
        Locale locale = user.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(user.locale());
        ImportKind kind = kind(line);
        Path file = Path.of(fileName);
        ImportRequest request = new ImportRequest(kind, mode(line), file.getFileName().toString(), file,
                mapping(line, imports), line.options().get("sheet"), line.options().get("owner"), duplicates(line),
                null);
        boolean dryRun = line.options().containsKey("dry-run");
        try {
            ImportReport report = dryRun ? imports.dryRun(user.actor(), request)
                    : imports.run(user.actor(), request, ImportProgress.NONE);
            for (ImportProblem problem : report.problems()) {
                err.println(fileName + ":" + problem.line() + ": " + (problem.column() == null ? ""
                        : problem.column() + ": ") + reason(messages, problem, locale));
            }
            if (report.problemCount() > report.problems().size()) {
                err.printf("%s: ... and %,d more problems%n", fileName, report.problemCount() - report.problems().size());
            }
            for (PossibleDuplicate d : report.duplicates()) {
                err.println(fileName + ":" + d.line() + ": possible duplicate of customer " + d.matchNumber() + " ("
                        + d.matchName() + "), same " + d.matchedOn().replace('_', ' ')
                        + ": choose with --duplicates create|update|skip");
            }
            out.printf(Locale.ROOT, "%s %s: %,d rows; %s %,d, update %,d, unchanged %,d, skipped %,d, rejected %,d"
                    + " (%,d ms, %,d rows/s)%n", kind.name().toLowerCase(Locale.ROOT), dryRun ? "dry run" : "import",
                    report.rows(), dryRun || !report.clean() ? "would create" : "created", report.create(),
                    report.update(), report.unchanged(), report.skipped(), report.rejected(), report.millis(),
                    report.rowsPerSecond());
            if (!report.clean()) {
                out.println("Nothing was written: fix the rows above and run again.");
                return REJECTED;
            }
            if (!dryRun) {
                out.println("Import " + report.batchId() + " done (undo it within 7 days on the Import page).");
            }
            return 0;
        } catch (RuleViolationException e) {
            err.println(fileName + ": " + messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            out.println("Nothing was written.");
            return REJECTED;
        } catch (NotPermittedException e) {
            err.println("error: " + user.username() + " may not import " + kind.name().toLowerCase(Locale.ROOT));
            return FAILED;
        }
    }

    static String reason(MessageSource messages, ImportProblem problem, Locale locale) {
        Object[] args = problem.argument() == null ? new Object[0] : new Object[] {problem.argument()};
        String text = messages.getMessage(problem.code(), args, problem.code(), locale);
        return problem.value() == null || problem.value().isEmpty() ? text : text + " (" + problem.value() + ")";
    }

    private static UserView user(CommandLine line, UserAccounts accounts) {
        String name = line.options().get("as");
        if (name == null) {
            List<UserView> admins = accounts.all().stream()
                    .filter(u -> u.enabled() && u.role() == org.idic.crm.domain.access.Role.ADMIN).toList();
            if (admins.size() != 1) {
                throw new CommandLine.UsageException("name the user to import as with --as USERNAME");
            }
            return admins.get(0);
        }
        return accounts.byUsername(name).filter(UserView::enabled)
                .orElseThrow(() -> new CommandLine.UsageException("no active user is called " + name));
    }

    /** A saved mapping's name, or a file of {@code field=column} lines (properties, UTF-8). */
    private static Map<String, String> mapping(CommandLine line, Imports imports) {
        String value = line.options().get("mapping");
        if (value == null) {
            return Map.of();
        }
        Path file = Path.of(value);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new CommandLine.UsageException("cannot read the mapping file " + file);
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(k -> mapping.put(k.strip(), properties.getProperty(k).strip()));
            return mapping;
        }
        return imports.mapping(value)
                .orElseThrow(() -> new CommandLine.UsageException("no saved mapping and no file is called " + value));
    }

    private static ImportKind kind(CommandLine line) {
        try {
            return ImportKind.of(line.options().get("kind"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--kind must be customers, contacts, products, orders or interactions, not '"
                    + line.options().get("kind") + "'");
        }
    }

    private static ImportMode mode(CommandLine line) {
        String value = line.options().getOrDefault("mode", "upsert");
        try {
            return ImportMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--mode must be create, upsert or update, not '" + value + "'");
        }
    }

    private static DuplicateChoice duplicates(CommandLine line) {
        String value = line.options().get("duplicates");
        if (value == null) {
            return DuplicateChoice.ASK;
        }
        try {
            DuplicateChoice choice = DuplicateChoice.valueOf(value.toUpperCase(Locale.ROOT));
            if (choice == DuplicateChoice.ASK) {
                throw new IllegalArgumentException();
            }
            return choice;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--duplicates must be create, update or skip, not '" + value + "'");
        }
    }
}
