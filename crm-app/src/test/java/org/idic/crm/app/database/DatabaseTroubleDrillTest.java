package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drills on a PostgreSQL server of one's own (reached by its URL, as in production): the server stopped
 * and started again under load, and the connection pool taken by slow work. Users get a fast "temporarily
 * unavailable" page or a working page, never a hang or a server error, and everything recovers without a
 * restart of the CRM. The server is the bundled PostgreSQL run in a folder of the test, so that it can be
 * stopped and started again on the same port on any machine (no system PostgreSQL, no Docker).
 */
class DatabaseTroubleDrillTest {

    /** What the issue saw every request wait before its server error; a 503 must come well before. */
    private static final long SLOW_MILLIS = 5_000;
    /** Two waits for a connection (the configured 2 s each) and a margin: not a hang. */
    private static final long POOL_TAKEN_MILLIS = 6_000;
    private static final String PASSWORD = "drill";

    @TempDir
    static Path dir;
    static PostgresServer server;
    static ConfigurableApplicationContext app;
    static String url;
    static JdbcTemplate jdbc;
    static Scenario.Book book;

    @BeforeAll
    static void theCrmOnAServerOfItsOwn() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(EmbeddedDatabase.settings());
        // a throw-away server: nothing here needs to survive a power cut (the CRM logs its warning about it)
        settings.put("fsync", "off");
        settings.put("full_page_writes", "off");
        settings.put("synchronous_commit", "off");
        server = new PostgresServer(PostgresBinaries.bundled(), dir.resolve("postgres"), freePort(), settings);
        server.initdb(Files.writeString(dir.resolve("password"), PASSWORD));
        server.start();
        url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        app = new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedDatabase.USER, "--spring.datasource.password=" + PASSWORD,
                "--crm.demo.enabled=true", "--crm.demo.book=false");
        jdbc = app.getBean(JdbcTemplate.class);
        book = app.getBean(Scenario.class).bookOf("rep1");
    }

    @AfterAll
    static void stopThem() {
        if (app != null) {
            app.close();
        }
        if (server != null && server.running()) {
            server.stop();
        }
    }

    @Test
    void whileTheServerIsStoppedPagesAnswer503FastAndAfterItIsBackTheyWorkWithoutARestart() throws Exception {
        Browser probe = new Browser(port()); // no session: as a load balancer's health check asks
        assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);
        // an order being written when the server stops, held between its row and its line
        jdbc.execute("""
                create function drill_stall() returns trigger language plpgsql as $$
                begin perform pg_sleep(600); return new; end $$""");
        jdbc.execute("create trigger drill_stall before insert on order_line for each row execute function drill_stall()");
        Browser writer = new Browser(port());
        writer.login("rep1", "demo1234");
        writer.get("/customers/" + book.customer() + "/orders/new");

        try (PageLoad load = new PageLoad(port(), List.of("rep1", "rep2", "manager1"), "/customers")) {
            long start = System.nanoTime();
            await().atMost(Duration.ofMinutes(1)).until(() -> load.usersAnswered(200, start) == 3);
            CompletableFuture<Browser.Page> order = CompletableFuture.supplyAsync(() -> writer.post("/customers/"
                    + book.customer() + "/orders", orderForm("in flight")));
            await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where wait_event = 'PgSleep'", Integer.class) == 1);

            server.stop();
            long stopped = System.nanoTime();

            await().atMost(Duration.ofMinutes(1)).until(() -> load.usersAnswered(503, stopped) == 3);
            await().atMost(Duration.ofMinutes(1)).until(() -> probe.get("/actuator/health/readiness").status() == 503);
            Browser.Page written = order.get(1, TimeUnit.MINUTES);
            assertThat(written.status()).as("the order being written when the server stopped").isEqualTo(503);
            List<PageLoad.Answer> outage = load.askedSince(stopped);
            List<PageLoad.Answer> unavailable = outage.stream().filter(a -> a.status() == 503).toList();
            assertThat(outage).as("answers while the server is stopped: 503 (or 200 for one asked just before)")
                    .allMatch(a -> a.status() == 503 || a.status() == 200);
            assertThat(unavailable).allMatch(a -> a.body().contains("The CRM is temporarily unavailable"));
            long slowest = unavailable.stream().mapToLong(PageLoad.Answer::millis).max().orElseThrow();
            System.out.printf("External PostgreSQL stopped: %d answers of 503, %d-%d ms each (median %d ms)%n",
                    unavailable.size(), unavailable.stream().mapToLong(PageLoad.Answer::millis).min().orElseThrow(),
                    slowest, median(unavailable));
            assertThat(slowest).as("the slowest 503, in ms").isLessThan(SLOW_MILLIS);

            server.start();
            long restarted = System.nanoTime();

            await().atMost(Duration.ofMinutes(1)).until(() -> load.usersAnswered(200, restarted) == 3);
            System.out.printf("External PostgreSQL started again: every user's page worked again after %d ms%n",
                    (load.askedSince(restarted).stream().filter(a -> a.status() == 200).mapToLong(a -> a.askedAt()
                            + a.millis() * 1_000_000).max().orElseThrow() - restarted) / 1_000_000);
            await().atMost(Duration.ofMinutes(1)).until(() -> probe.get("/actuator/health/readiness").status() == 200);
            assertThat(load.askedSince(stopped)).as("never a server error").noneMatch(a -> a.status() >= 500
                    && a.status() != 503);
        }

        // never half written: the order is there with its line, or not at all (here: rolled back at its line)
        assertThat(jdbc.queryForObject("""
                select count(*) from customer_order o where o.notes = 'in flight'
                and not exists (select 1 from order_line l where l.order_id = o.id)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer_order where notes = 'in flight'", Integer.class))
                .isZero();
        jdbc.execute("drop trigger drill_stall on order_line");
        jdbc.execute("drop function drill_stall()");
        writer.get("/customers/" + book.customer() + "/orders/new");
        assertThat(writer.post("/customers/" + book.customer() + "/orders", orderForm("after")).status())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from order_line l join customer_order o on o.id = l.order_id"
                + " where o.notes = 'after'", Integer.class)).isOne();
    }

    @Test
    void slowWorkThatTakesThePoolLeavesPagesWorkingOrFailingFastAndEverythingRecoversAfter() throws Exception {
        HikariDataSource pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
        int size = pool.getMaximumPoolSize();
        List<String> everyone = List.of("admin", "manager1", "manager2", "rep1", "rep2", "rep3");
        List<Browser> browsers = new ArrayList<>();
        for (String user : everyone) {
            Browser browser = new Browser(port());
            browser.login(user, "demo1234");
            browsers.add(browser);
        }
        Browser rep = new Browser(port());
        rep.login("rep3", "demo1234");
        ExecutorService slow = Executors.newFixedThreadPool(3 * everyone.size() + size + 2);
        try (Connection locker = DriverManager.getConnection(url, EmbeddedDatabase.USER, PASSWORD)) {
            // every query of the complaints waits for this transaction, as for a long maintenance job
            locker.setAutoCommit(false);
            locker.createStatement().execute("lock table complaint in access exclusive mode");

            // downloads of the complaint list, three per user: bounded like every download, so they leave
            // connections to the pages (two per user, four in all run; the others are told to come back)
            List<Future<Browser.Page>> downloads = new ArrayList<>();
            for (Browser browser : browsers) {
                for (int i = 0; i < 3; i++) {
                    downloads.add(slow.submit(() -> browser.get("/complaints/export?format=csv")));
                }
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> downloads.stream().filter(Future::isDone).count()
                    >= downloads.size() - 4 && waitingForTheLock() == 4);
            assertThat(downloads.stream().filter(Future::isDone).map(this::status))
                    .as("the downloads beyond the bounds, told to come back").allMatch(s -> s == 429 || s == 503);
            long asked = System.nanoTime();
            assertThat(rep.get("/customers").status()).as("a page while the downloads wait").isEqualTo(200);
            System.out.printf("Pool drill: the customer list answered in %d ms while %d downloads waited%n",
                    (System.nanoTime() - asked) / 1_000_000, waitingForTheLock());

            // pages of the complaint list, which nothing bounds, take every connection that is left
            List<Future<Browser.Page>> pages = new ArrayList<>();
            for (int i = 0; i < size + 2; i++) {
                Browser browser = browsers.get(i % browsers.size());
                pages.add(slow.submit(() -> browser.get("/complaints")));
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> pool.getHikariPoolMXBean().getActiveConnections() == size);
            for (String path : List.of("/customers", "/login")) {
                Browser who = path.equals("/login") ? new Browser(port()) : rep;
                long t0 = System.nanoTime();
                Browser.Page page = who.get(path);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("Pool drill: every connection taken, %s answered %d in %d ms%n", path,
                        page.status(), millis);
                assertThat(page.status()).as(path + " with the pool taken").isIn(200, 503);
                // a page may wait for a connection twice (its session, then its own query): about 4 s measured
                // with the 2 s connection timeout, where the issue saw requests hang
                assertThat(millis).as(path + " with the pool taken, in ms").isLessThan(POOL_TAKEN_MILLIS);
            }

            locker.rollback();
            long released = System.nanoTime();
            await().atMost(Duration.ofMinutes(1)).until(() -> rep.get("/customers").status() == 200);
            System.out.printf("Pool drill: the customer list worked again %d ms after the lock was released%n",
                    (System.nanoTime() - released) / 1_000_000);
            for (Future<Browser.Page> page : pages) {
                assertThat(page.get(1, TimeUnit.MINUTES).status()).as("a complaint page that waited").isIn(200, 503);
            }
            List<Browser.Page> ran = new ArrayList<>();
            for (Future<Browser.Page> download : downloads) {
                ran.add(download.get(1, TimeUnit.MINUTES));
            }
            assertThat(ran.stream().filter(p -> p.status() == 200).toList()).as("the downloads that waited, whole")
                    .hasSize(4).allMatch(p -> p.body().contains("\r\n"));
            assertThat(new Browser(port()).get("/actuator/health/readiness").status()).isEqualTo(200);
        } finally {
            slow.shutdownNow();
        }
    }

    private int status(Future<Browser.Page> page) {
        try {
            return page.get().status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int waitingForTheLock() {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, PASSWORD);
                var rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query ilike '%complaint%'")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderForm(String notes) {
        return Map.of("orderDate", LocalDate.now().toString(), "status", "COMPLETED", "channel", "SALES_REP",
                "notes", notes, "lines[0].productId", book.product().toString(), "lines[0].quantity", "2",
                "lines[0].unitPrice", "12.50");
    }

    private static long median(List<PageLoad.Answer> answers) {
        long[] millis = answers.stream().mapToLong(PageLoad.Answer::millis).sorted().toArray();
        return millis[millis.length / 2];
    }

    private static int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
