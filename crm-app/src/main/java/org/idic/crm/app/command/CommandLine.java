package org.idic.crm.app.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of a command: its own options ({@code --as-of 2026-01-31} or
 * {@code --as-of=2026-01-31}) and Spring properties passed through ({@code --crm.data-dir=DIR},
 * {@code --spring.datasource.url=...}: any name with a dot).
 */
record CommandLine(String command, Map<String, String> options, List<String> springArguments) {

    /** Options that take no value. */
    static final Set<String> FLAGS = Set.of("dry-run");

    static CommandLine parse(String[] args, Set<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.contains(".")) {
                spring.add(arg);
                continue;
            }
            if (name.equals("help")) {
                options.put("help", "true");
                continue;
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (FLAGS.contains(name) && value == null) {
                options.put(name, "true"); // a switch: present or not
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        return new CommandLine(args[0], options, spring);
    }

    boolean help() {
        return options.containsKey("help");
    }

    /** A whole number option within bounds, or the default. */
    long number(String name, long defaultValue, long min, long max) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Thrown for a command line that cannot be run; the message is shown with the usage. */
    static class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
