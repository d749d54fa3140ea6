package org.idic.crm.app.database;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.idic.crm.domain.testsupport.Browser;

/**
 * A few signed-in users asking for a page over and over (each a tenth of a second after their last
 * answer), as people using the CRM would while something goes wrong under it. Every answer is kept with
 * when it was asked, its status and how long it took (-1: the connection failed).
 */
final class PageLoad implements AutoCloseable {

    /** One answer: asked at {@code askedAt} (System.nanoTime), {@code millis} until it came. */
    record Answer(String user, long askedAt, int status, long millis, String body) {
    }

    private final List<Answer> answers = new ArrayList<>();
    private final ScheduledExecutorService users;

    PageLoad(int port, List<String> usernames, String path) {
        users = Executors.newScheduledThreadPool(usernames.size());
        for (String username : usernames) {
            Browser browser = new Browser(port);
            browser.login(username, "demo1234");
            users.scheduleWithFixedDelay(() -> ask(username, browser, path), 0, 100, TimeUnit.MILLISECONDS);
        }
    }

    private void ask(String username, Browser browser, String path) {
        long asked = System.nanoTime();
        Answer answer;
        try {
            Browser.Page page = browser.get(path);
            answer = new Answer(username, asked, page.status(), (System.nanoTime() - asked) / 1_000_000, page.body());
        } catch (UncheckedIOException e) {
            answer = new Answer(username, asked, -1, (System.nanoTime() - asked) / 1_000_000, e.toString());
        }
        synchronized (answers) {
            answers.add(answer);
        }
    }

    /** The answers to the requests asked at or after {@code nanoTime}. */
    List<Answer> askedSince(long nanoTime) {
        synchronized (answers) {
            return answers.stream().filter(a -> a.askedAt() >= nanoTime).toList();
        }
    }

    /** How many users had an answer with this status to a request asked at or after {@code nanoTime}. */
    long usersAnswered(int status, long nanoTime) {
        return askedSince(nanoTime).stream().filter(a -> a.status() == status).map(Answer::user).distinct().count();
    }

    @Override
    public void close() throws InterruptedException {
        users.shutdownNow();
        users.awaitTermination(30, TimeUnit.SECONDS);
    }
}
