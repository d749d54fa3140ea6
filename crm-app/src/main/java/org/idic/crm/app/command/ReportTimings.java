package org.idic.crm.app.command;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report pages over HTTP, as an administrator (everything), a manager (a team) and a rep (a
 * book), each page with the filters people use: none, one rep, and the most common tag (the one
 * report path that reads the scores themselves rather than the sums precomputed with the run).
 */
final class ReportTimings {

    static final List<String> PAGES = List.of("/reports/tiers", "/reports/pareto", "/reports/rfm",
            "/reports/value-matrix", "/reports/lifecycle", "/reports/migration", "/reports/team");

    private ReportTimings() {
    }

    static void print(int port, JdbcTemplate jdbc, PrintStream out, int times) {
        out.println("Pages over HTTP (sign-in excluded; rendering included):");
        String tag = jdbc.query("select t from customer, unnest(tags) t group by t order by count(*) desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null);
        for (String user : List.of("admin", "manager1", "rep1")) {
            HttpTimings session = HttpTimings.signIn(port, user, "demo1234");
            if (session == null) {
                out.printf("  %s cannot sign in with the demo password: pages not timed for %s%n", user, user);
                continue;
            }
            List<String> paths = new ArrayList<>(PAGES);
            paths.add("/customers");
            if (tag != null) {
                paths.add("/reports/tiers?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
                paths.add("/reports/value-matrix?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
                paths.add("/reports/migration?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
                paths.add("/reports/team?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            }
            session.time(out, user, paths, times);
        }
    }
}
