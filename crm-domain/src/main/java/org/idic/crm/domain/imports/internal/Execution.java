package org.idic.crm.domain.imports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.imports.DuplicateChoice;
import org.idic.crm.domain.imports.ImportCancelledException;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.ImportProblem;
import org.idic.crm.domain.imports.ImportProgress;
import org.idic.crm.domain.imports.ImportProperties;
import org.idic.crm.domain.imports.ImportRefusedException;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.ImportRequest;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One dry run or import, in one transaction: stage the file, check it, and — only when nothing is
 * wrong, it is not a dry run and nobody cancelled — write it and record it. Anything else rolls back, so
 * a dry run, a rejected file, a failure and a cancel all leave the database as it was.
 */
@Component
public class Execution {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Map<ImportKind, Check> checks;
    private final UserAccounts users;
    private final ImportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Execution(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, CustomerCheck customers,
            ProductCheck products, OrderCheck orders, ContactCheck contacts, InteractionCheck interactions,
            UserAccounts users, ImportProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.checks = Map.of(ImportKind.CUSTOMERS, customers, ImportKind.PRODUCTS, products, ImportKind.ORDERS, orders,
                ImportKind.CONTACTS, contacts, ImportKind.INTERACTIONS, interactions);
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public ImportReport execute(Actor actor, ImportRequest request, boolean dryRun, ImportProgress progress) {
        return execute(actor, request, dryRun, progress, null);
    }

    /**
     * As above; {@code afterCheck}, when given, runs in a dry run's transaction once every problem is in the
     * temporary table {@code import_problem} (the rejected rows' download reads them there).
     */
    public ImportReport execute(Actor actor, ImportRequest request, boolean dryRun, ImportProgress progress,
            Runnable afterCheck) {
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        checkSize(request);
        Long defaultOwner = defaultOwner(actor, request);
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (Table table = Stager.open(request.file(), request.sheet())) {
                Map<String, String> mapping = request.mapping().isEmpty()
                        ? Fields.match(request.kind(), table.header()) : request.mapping();
                Check.Context context = new Check.Context(actor, request.mode(), mapping, defaultOwner,
                        request.duplicates(), jdbc);
                Stager.Staged staged = Stager.stage(connection, request.kind(), table, mapping,
                        required(request.kind(), request.mode(), mapping), properties.maxRows(),
                        progress);
                choices(request.perRow());
                proceed(progress, "check", staged.rows());
                Check check = checks.get(request.kind());
                check.check(context);
                long[] counts = check.counts(context);
                long problemCount = jdbc.sql("select count(*) from import_problem").query(Long.class).single();
                long rejected = jdbc.sql("select count(distinct line) from import_problem").query(Long.class).single();
                List<ImportProblem> problems = jdbc.sql("""
                        select line, col, val, code, arg from import_problem order by line, col limit :n""")
                        .param("n", ImportReport.PROBLEMS_SHOWN)
                        .query((rs, n) -> new ImportProblem(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5))).list();
                var duplicates = check.duplicates(context);
                Long batch = null;
                if (dryRun || problemCount > 0 || !duplicates.isEmpty()) {
                    if (afterCheck != null) {
                        afterCheck.run();
                    }
                    status.setRollbackOnly();
                } else {
                    proceed(progress, "write", staged.rows());
                    batch = record(actor, request, staged.rows(), counts, startedAt);
                    check.write(context, batch);
                    proceed(progress, "commit", staged.rows());
                    events.publishEvent(Audited.of(actor, AuditAction.IMPORT, "import", batch, details(request,
                            staged.rows(), counts), clock.instant()));
                }
                return new ImportReport(batch, request.kind(), request.mode(), staged.rows(), counts[0], counts[1],
                        counts[2], counts[3], rejected, problemCount, problems, duplicates, staged.header(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException e) {
                throw new IllegalStateException("the import could not be staged: " + e.getMessage(), e);
            }
        });
    }

    private static void proceed(ImportProgress progress, String step, long rows) {
        if (!progress.proceed(step, rows)) {
            throw new ImportCancelledException();
        }
    }

    private void checkSize(ImportRequest request) {
        try {
            long size = Files.size(request.file());
            if (size > properties.maxFileSize().toBytes()) {
                long max = properties.maxFileSize().toBytes();
                throw new ImportRefusedException("import.file.tooLarge", max >= 1 << 20 ? max / (1 << 20) + " MB"
                        : max / 1024 + " KB");
            }
        } catch (IOException e) {
            throw new ImportRefusedException("import.file.unreadable");
        }
    }

    /** New customers without an owner go to the named default owner, else to whoever imports (not an admin). */
    private Long defaultOwner(Actor actor, ImportRequest request) {
        if (request.kind() != ImportKind.CUSTOMERS) {
            return null;
        }
        if (request.defaultOwner() == null) {
            return actor.isAdmin() ? null : actor.userId();
        }
        UserView owner = users.byUsername(request.defaultOwner()).filter(UserView::enabled)
                .orElseThrow(() -> new ImportRefusedException("import.owner.defaultUnknown", request.defaultOwner()));
        if (!actor.isAdmin() && !java.util.Objects.equals(owner.teamId(), actor.teamId())) {
            throw new ImportRefusedException("import.owner.defaultOutsideTeam", request.defaultOwner());
        }
        return owner.id();
    }

    /** The fields every row must have, for a kind, a mode and the columns mapped. */
    static Set<String> required(ImportKind kind, ImportMode mode, Map<String, String> mapping) {
        Set<String> required = new HashSet<>();
        switch (kind) {
            case CUSTOMERS -> {
                if (mode != ImportMode.CREATE && !mapping.containsKey("number") && !mapping.containsKey("external_id")) {
                    throw new ImportRefusedException("import.mapping.missing", "number");
                }
            }
            case PRODUCTS -> required.add("sku");
            case ORDERS -> {
                required.addAll(List.of("order_number", "customer_number", "order_date"));
                required.addAll(mapping.containsKey("sku") ? List.of("sku", "quantity") : List.of("amount"));
            }
            case CONTACTS -> required.add("customer_number");
            case INTERACTIONS -> required.addAll(List.of("customer_number", "occurred_at"));
        }
        return required;
    }

    private void choices(Map<Long, DuplicateChoice> perRow) {
        jdbc.sql("create temp table import_choice (line bigint primary key, choice text not null) on commit drop")
                .update();
        perRow.forEach((line, choice) -> jdbc.sql("insert into import_choice values (:line, :choice)")
                .param("line", line).param("choice", choice.name()).update());
    }

    private long record(Actor actor, ImportRequest request, long rows, long[] counts, Instant startedAt) {
        return jdbc.sql("""
                insert into import_batch (user_id, kind, mode, file_name, rows_read, created, updated, unchanged,
                                          started_at, finished_at)
                values (:user, :kind, :mode, :file, :rows, :created, :updated, :unchanged, :started, :finished)
                returning id""")
                .param("user", actor.userId()).param("kind", request.kind().name()).param("mode", request.mode().name())
                .param("file", shorten(request.fileName())).param("rows", rows).param("created", counts[0])
                .param("updated", counts[1]).param("unchanged", counts[2])
                .param("started", java.sql.Timestamp.from(startedAt))
                .param("finished", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private static String shorten(String name) {
        String n = name == null ? "" : name;
        return n.length() > 300 ? n.substring(0, 300) : n;
    }

    static String details(ImportRequest request, long rows, long[] counts) {
        return "{\"file\":" + json(request.fileName()) + ",\"kind\":\"" + request.kind() + "\",\"mode\":\""
                + request.mode() + "\",\"rows\":" + rows + ",\"created\":" + counts[0] + ",\"updated\":" + counts[1]
                + ",\"unchanged\":" + counts[2] + ",\"skipped\":" + counts[3] + "}";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(text).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
