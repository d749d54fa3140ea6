package org.idic.crm.segmentation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** "--name value" options of one command, checked against the names the command knows. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final boolean help;

    private Options(boolean help) {
        this.help = help;
    }

    static Options parse(String command, String[] args, int from, Set<String> known) throws UsageException {
        boolean help = false;
        Options o = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!a.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + a + "'");
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!known.contains(name)) {
                throw new UsageException(command + ": unknown option " + name);
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(command + ": option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new UsageException(command + ": option " + name + " given twice");
            }
        }
        o = new Options(help);
        o.values.putAll(values);
        return o;
    }

    boolean help() {
        return help;
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String command, String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command + ": missing required option " + name);
        }
        return v;
    }

    /** An input file that must exist and be readable. */
    static Path inputFile(Problems problems, String value) {
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) {
            problems.add(value, 0, "no such file");
            return null;
        }
        if (!Files.isReadable(p)) {
            problems.add(value, 0, "file is not readable");
            return null;
        }
        return p;
    }
}
