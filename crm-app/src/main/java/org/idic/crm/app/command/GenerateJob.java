package org.idic.crm.app.command;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.idic.crm.app.demo.BookShape;
import org.idic.crm.app.demo.DemoData;
import org.idic.crm.app.demo.SyntheticBookWriter;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code generate --customers N --orders-per-customer M [--seed S]}: synthetic data, fast (COPY). */
final class GenerateJob implements Commands.Job {

    @Override
    public Set<String> options() {
        return Set.of("customers", "orders-per-customer", "seed");
    }

    @Override
    public void check(CommandLine line) {
        if (!line.options().containsKey("customers") || !line.options().containsKey("orders-per-customer")) {
            throw new CommandLine.UsageException("generate needs --customers N and --orders-per-customer M");
        }
        line.number("customers", 0, 1, 20_000_000);
        line.number("orders-per-customer", 0, 0, 1_000);
        line.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public boolean wantsDemoBook() {
        return false;
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out) {
        BookShape shape = new BookShape((int) line.number("customers", 0, 1, 20_000_000),
                line.number("orders-per-customer", 0, 0, 1_000), line.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
                LocalDate.now(context.getBean(Clock.class)), false);
        long started = System.nanoTime();
        SyntheticBookWriter.Written written = context.getBean(DemoData.class).write(shape);
        long committed = (System.nanoTime() - started) / 1_000_000 - written.took().toMillis();
        StringBuilder stages = new StringBuilder();
        written.stages().forEach((stage, ms) -> stages.append(String.format("%s %,d ms, ", stage, ms)));
        out.printf("Generated %s customers, %s orders, %s interactions and %s complaints in %,d ms (%scommit %,d ms)%n",
                Commands.thousands(written.customers()), Commands.thousands(written.orders()),
                Commands.thousands(written.interactions()), Commands.thousands(written.complaints()),
                written.took().toMillis() + committed, stages, committed);
        return 0;
    }
}
