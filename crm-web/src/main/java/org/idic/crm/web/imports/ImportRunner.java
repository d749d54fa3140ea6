package org.idic.crm.web.imports;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.imports.ImportCancelledException;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs dry runs and imports off the request thread (a big file takes longer than a browser waits), two at
 * a time at most: the page polls the job for its progress. An import that succeeded deletes its file.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final Imports imports;
    private final Uploads uploads;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "import-web");
        thread.setDaemon(true);
        return thread;
    });

    ImportRunner(Imports imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    /** Starts a dry run (or, with {@code dryRun} false, the import) of the upload, unless one is running. */
    ImportJob start(Upload upload, Actor actor, boolean dryRun) {
        synchronized (upload) {
            if (upload.job() != null && upload.job().running()) {
                return upload.job();
            }
            ImportReport checked = upload.checked();
            ImportJob job = new ImportJob(dryRun, checked == null ? 0 : checked.rows());
            upload.job(job);
            var request = upload.request();
            executor.execute(() -> run(upload, actor, job, request));
            return job;
        }
    }

    private void run(Upload upload, Actor actor, ImportJob job, org.idic.crm.domain.imports.ImportRequest request) {
        try {
            if (job.dryRun()) {
                ImportReport report = imports.dryRun(actor, request, job);
                if (job.cancelRequested()) {
                    job.finished(ImportJob.State.CANCELLED);
                    return;
                }
                upload.checked(report);
            } else {
                ImportReport report = imports.run(actor, request, job);
                if (report.batchId() != null) {
                    upload.imported(report);
                    uploads.discardFile(upload);
                } else {
                    // the file changed meaning since its dry run (someone else imported meanwhile): check again
                    upload.checked(report);
                }
            }
            job.finished(ImportJob.State.DONE);
        } catch (ImportCancelledException e) {
            job.finished(ImportJob.State.CANCELLED);
        } catch (RuleViolationException e) {
            job.failed(e.code(), e.arguments());
        } catch (NotPermittedException e) {
            job.failed("import.web.notPermitted", new Object[0]);
        } catch (RuntimeException e) {
            LOG.error("import of {} failed", request.fileName(), e);
            job.failed("import.web.failed", new Object[0]);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
