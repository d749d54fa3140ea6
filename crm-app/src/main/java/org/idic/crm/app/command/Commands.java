package org.idic.crm.app.command;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.idic.crm.CrmApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line side of the application jar: {@code java -jar crm-app.jar segment ...} and
 * {@code generate ...} run one job against the configured database (or the embedded one, as the web
 * application would) and exit. Errors are one line and a non-zero exit status, never a stack trace.
 */
public final class Commands {

    static final String USAGE = """
            Usage:
              java -jar crm-app.jar                       start the CRM (web application)
              java -jar crm-app.jar segment [--as-of YYYY-MM-DD]
                  run a segmentation to completion and print how long each stage took
              java -jar crm-app.jar generate --customers N --orders-per-customer M [--seed S]
                  add N synthetic customers with about M orders each (and interactions, complaints)
              java -jar crm-app.jar benchmark [--repeat N]
                  time the segmentation run, the bare aggregate query, the busiest queries and, over HTTP,
                  the report pages and exports (as the demo users admin, manager1 and rep1, if they exist)
              java -jar crm-app.jar backup --to FILE
                  write a consistent backup of the database to FILE (a new file), while the CRM runs or not
              java -jar crm-app.jar restore --from FILE
                  load a backup into a new embedded database, in a data directory that is empty or new
              java -jar crm-app.jar import --kind customers|contacts|products|orders|interactions --file FILE
                  [--mapping NAME_OR_FILE] [--mode create|upsert|update] [--dry-run] [--as USERNAME]
                  [--owner USERNAME] [--sheet NAME] [--duplicates create|update|skip]
                  check a CSV or .xlsx file and import it all or nothing (docs/import.md); bad rows are printed
                  as FILE:LINE: column: reason. Exit status 0 imported (or clean dry run), 2 rejected input
                  (nothing written), 3 any other failure
              java -jar crm-app.jar import-benchmark [--customers N] [--orders N] [--lines-per-order N]
                  time dry run and import of generated files of customers and order lines

            Any Spring property may follow, e.g. --crm.data-dir=DIR or --spring.datasource.url=jdbc:postgresql://...
            (without --spring.datasource.url the embedded PostgreSQL in --crm.data-dir, default ./crm-data, is used).
            Exit status: 0 done, 1 the job failed, 2 wrong command line (or a file or directory it names that cannot be
            used: nothing was done), 3 a segmentation run is already going.
            """;

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && Set.of("segment", "generate", "benchmark", "backup", "restore", "import",
                "import-benchmark", "help", "--help").contains(args[0]);
    }

    /** Runs the command and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("help") || args[0].equals("--help")) {
            out.print(USAGE);
            return 0;
        }
        if (args[0].equals("backup") || args[0].equals("restore")) {
            return runStandalone(args[0].equals("backup") ? new BackupJob() : new RestoreJob(), args, out, err);
        }
        Job job = switch (args[0]) {
            case "segment" -> new SegmentJob();
            case "generate" -> new GenerateJob();
            case "import" -> new ImportJob();
            case "import-benchmark" -> new ImportBenchmarkJob();
            default -> new BenchmarkJob();
        };
        CommandLine line;
        try {
            line = CommandLine.parse(args, job.options());
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (line.help()) {
            out.print(USAGE);
            return 0;
        }
        try (ConfigurableApplicationContext context = start(line, job)) {
            return job.run(line, context, out, err);
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("error: " + rootMessage(e));
            return job.failureStatus();
        }
    }

    /** A job that starts no application, only (at most) the embedded database. */
    private static int runStandalone(StandaloneJob job, String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args, job.options());
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            quietLogging();
            return job.run(line, out, err);
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    /** As the jobs with an application have it: this code's warnings, nothing of the libraries'. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.OFF);
            logback.getLogger("org.idic.crm").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** This CRM's version, from the jar's manifest. */
    static String version() {
        String version = CrmApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static ConfigurableApplicationContext start(CommandLine line, Job job) {
        job.check(line);
        return new SpringApplicationBuilder(CrmApplication.class)
                .web(job.web() ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=OFF",
                        "logging.level.org.idic.crm=WARN", "crm.demo.book=" + job.wantsDemoBook(),
                        "server.port=0", "server.address=127.0.0.1",
                        // a job is not a server: the schedule of runs belongs to the running application
                        "crm.segmentation.schedule.enabled=false")
                .run(line.springArguments().toArray(String[]::new));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A command that needs no application context. */
    interface StandaloneJob {
        Set<String> options();

        /** Runs and returns the exit status; throws UsageException for a wrong command line. */
        int run(CommandLine line, PrintStream out, PrintStream err);
    }

    /** One command. */
    interface Job {
        Set<String> options();

        /** Checks the options before anything starts; throws UsageException. */
        void check(CommandLine line);

        default boolean wantsDemoBook() {
            return true;
        }

        /** The exit status when the job fails other than by its own account. */
        default int failureStatus() {
            return 1;
        }

        /** Whether the job needs the web application running (on a free local port). */
        default boolean web() {
            return false;
        }

        int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out);

        /** Runs with a stream for what went wrong; most jobs print everything on {@code out}. */
        default int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
            return run(line, context, out);
        }
    }
}
