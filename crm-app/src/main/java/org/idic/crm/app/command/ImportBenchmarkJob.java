package org.idic.crm.app.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.ImportProgress;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.ImportRequest;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-benchmark}: writes files of new customers and of order lines (with a small catalogue),
 * then times a dry run and an import of each as the administrator, printing rows per second and the
 * peak heap. The records stay (undo the imports on the Import page to remove them).
 */
final class ImportBenchmarkJob implements Commands.Job {

    @Override
    public Set<String> options() {
        return Set.of("customers", "orders", "lines-per-order");
    }

    @Override
    public void check(CommandLine line) {
        line.number("customers", 100_000, 1, 5_000_000);
        line.number("orders", 300_000, 0, 10_000_000);
        line.number("lines-per-order", 3, 1, 50);
    }

    @Override
    public boolean wantsDemoBook() {
        return false;
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out) {
        long customers = line.number("customers", 100_000, 1, 5_000_000);
        long orders = line.number("orders", 300_000, 0, 10_000_000);
        long lines = line.number("lines-per-order", 3, 1, 50);
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Actor admin = accounts.all().stream().filter(u -> u.enabled() && u.role() == Role.ADMIN).findFirst()
                .map(UserView::actor).orElseThrow(() -> new IllegalStateException("no administrator"));
        List<String> owners = accounts.all().stream().filter(u -> u.enabled() && u.role() == Role.REP)
                .map(UserView::username).toList();
        if (owners.isEmpty()) {
            throw new IllegalStateException("no rep to own the customers");
        }
        Imports imports = context.getBean(Imports.class);
        long stamp = System.currentTimeMillis() % 1_000_000_000L;
        String tag = Long.toString(stamp, 36).toUpperCase();
        // phone numbers of their own too (1 in 1,000 runs repeats one), so that a second run on the same
        // book is not a file of 100% possible duplicates of the first
        long phones = 1_000_000_000L * (stamp % 1000);
        try {
            Path dir = Files.createTempDirectory("crm-import-benchmark");
            Path products = write(dir.resolve("products.csv"), w -> {
                w.write("sku,name,unit_price,unit_cost\n");
                for (int p = 0; p < 200; p++) {
                    w.write("B" + tag + "-P" + p + ",Product " + p + "," + (5 + p % 50) + ".00," + (3 + p % 30) + ".00\n");
                }
            });
            Path customerFile = write(dir.resolve("customers.csv"), w -> {
                w.write("number,type,name,email,phone,city,country,owner,tags\n");
                for (long c = 0; c < customers; c++) {
                    w.write("B" + tag + "-" + c + "," + (c % 3 == 0 ? "INDIVIDUAL" : "ORGANISATION") + ",Customer " + tag
                            + " " + c + ",c" + c + "." + tag.toLowerCase() + "@example.com,+86 1" + (phones + c)
                            + "," + (c % 2 == 0 ? "Shanghai" : "Beijing") + ",CN," + owners.get((int) (c % owners.size()))
                            + ",bench\n");
                }
            });
            SplittableRandom random = new SplittableRandom(42);
            LocalDate start = LocalDate.of(2024, 1, 1);
            Path orderFile = write(dir.resolve("order_lines.csv"), w -> {
                w.write("order_number,customer_number,order_date,status,sku,quantity,unit_price,unit_cost\n");
                for (long o = 0; o < orders; o++) {
                    String head = "B" + tag + "-O" + o + ",B" + tag + "-" + (o % customers) + ","
                            + start.plusDays(random.nextInt(700)) + ",COMPLETED,";
                    for (long l = 0; l < lines; l++) {
                        int product = random.nextInt(200);
                        w.write(head + "B" + tag + "-P" + product + "," + (1 + random.nextInt(5)) + ",,\n");
                    }
                }
            });
            out.printf("Files in %s (%,d customers, %,d orders, %,d order lines)%n", dir, customers, orders,
                    orders * lines);
            time(out, "products", imports, admin, products, ImportKind.PRODUCTS);
            time(out, "customers", imports, admin, customerFile, ImportKind.CUSTOMERS);
            if (orders > 0) {
                time(out, "order lines", imports, admin, orderFile, ImportKind.ORDERS);
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void time(PrintStream out, String what, Imports imports, Actor admin, Path file, ImportKind kind) {
        resetPeaks();
        ImportRequest request = ImportRequest.of(kind, ImportMode.CREATE, file);
        ImportReport dry = imports.dryRun(admin, request);
        ImportReport done = imports.run(admin, request, ImportProgress.NONE);
        if (!done.clean() || done.batchId() == null) {
            throw new IllegalStateException(what + ": the generated file was rejected: " + done.problems() + " "
                    + done.duplicates().stream().limit(3).toList());
        }
        long total = dry.millis() + done.millis();
        out.printf("  %-12s %,10d rows: dry run %,7d ms (%,9d rows/s), import %,7d ms (%,9d rows/s),"
                + " together %,7d ms; peak heap %,d MB%n", what, done.rows(), dry.millis(), dry.rowsPerSecond(),
                done.millis(), done.rowsPerSecond(), total, peakHeap() >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private interface Body {
        void write(BufferedWriter writer) throws IOException;
    }

    private static Path write(Path file, Body body) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            body.write(writer);
        }
        return file;
    }
}
