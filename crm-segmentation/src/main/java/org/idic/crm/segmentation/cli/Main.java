package org.idic.crm.segmentation.cli;

import java.io.PrintStream;
import java.util.Set;
import org.idic.crm.segmentation.bench.Benchmark;

/**
 * The command-line tool. Never prints a stack trace: bad input is reported as FILE:LINE: message with
 * exit status 2, anything unexpected as one line with exit status 1.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns the exit status (for tests and embedding). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println("crm-segmentation " + e.getMessage());
            err.println("Run with --help for usage.");
            return 2;
        } catch (BadInputException e) {
            e.problems().print(err);
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("crm-segmentation: out of memory; give the JVM more heap, e.g. java -Xmx2g -jar ...");
            return 1;
        } catch (Throwable e) {
            err.println("crm-segmentation: unexpected error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(Help.GLOBAL);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        switch (command) {
            case "fit" -> {
                Options o = Options.parse("fit", args, 1, FitCommand.OPTIONS);
                return o.help() ? help(out, Help.FIT) : FitCommand.run(o, out, err);
            }
            case "score" -> {
                Options o = Options.parse("score", args, 1, ScoreCommand.OPTIONS);
                return o.help() ? help(out, Help.SCORE) : ScoreCommand.run(o, out, err);
            }
            case "benchmark" -> {
                Options o = Options.parse("benchmark", args, 1, Set.of("--customers", "--seed", "--dir"));
                return o.help() ? help(out, Help.BENCHMARK)
                        : Benchmark.run(integer(o, "--customers", 1_000_000), integer(o, "--seed", 42),
                                o.get("--dir"), out);
            }
            default -> throw new UsageException("unknown command '" + command + "' (expected fit, score or benchmark)");
        }
    }

    private static int help(PrintStream out, String text) {
        out.print(text);
        return 0;
    }

    private static int integer(Options o, String name, int fallback) throws UsageException {
        String v = o.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.replace("_", "").replace(",", ""));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("benchmark: " + name + " must be a positive whole number, got '" + v + "'");
        }
    }
}
