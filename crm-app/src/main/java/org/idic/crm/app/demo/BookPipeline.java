package org.idic.crm.app.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a book's rows on every core while the caller writes them: one thread simulates the customers chunk
 * by chunk (cheap, and in order, so that each chunk knows where its ids start), the others turn chunks into
 * rows, and the caller receives the chunks' rows in customer order, so the book is the same whatever the
 * number of cores.
 */
final class BookPipeline {

    static final int CHUNK = 1000;

    /** Receives one chunk's rows, one set per table. */
    interface Sink {
        void accept(CopyRows[] rows) throws Exception;
    }

    private BookPipeline() {
    }

    static void run(BookShape shape, List<SyntheticBookWriter.Owner> owners, ZoneId zone, Ids ids, int products,
            Sink sink) throws Exception {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers + 1, r -> {
            Thread t = new Thread(r, "generate-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // bounded: the simulation waits when the writer falls behind, so memory stays a few chunks deep
        BlockingQueue<CompletableFuture<CopyRows[]>> chunks = new ArrayBlockingQueue<>(2 * workers + 2);
        CompletableFuture<CopyRows[]> end = CompletableFuture.completedFuture(null);
        try {
            pool.execute(() -> {
                try {
                    Rows counting = new Rows(shape, owners, zone, ids);
                    for (long first = 0; first < shape.customers(); first += CHUNK) {
                        Chunk chunk = Chunk.simulate(shape, first, Math.min(first + CHUNK, shape.customers()),
                                products, counting, ids);
                        chunks.put(CompletableFuture.supplyAsync(() -> chunk.encode(shape, owners, zone), pool));
                    }
                    chunks.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the writer gave up
                } catch (RuntimeException | Error e) {
                    try {
                        chunks.put(CompletableFuture.failedFuture(e));
                    } catch (InterruptedException writerGaveUp) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            for (CompletableFuture<CopyRows[]> next = chunks.take(); next != end; next = chunks.take()) {
                try {
                    sink.accept(next.join());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
