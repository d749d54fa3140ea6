package org.idic.crm.web.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.imports.ImportKind;
import org.springframework.stereotype.Component;

/**
 * The files uploaded for import, kept in temporary files on this server (not in the session, which lives
 * in the database): deleted when the import is done, when the user starts again, when the application
 * stops, or after {@link #IDLE} without a look. Each is its uploader's: anyone else is told it does not
 * exist.
 */
@Component
class Uploads {

    static final Duration IDLE = Duration.ofHours(2);

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Clock clock;

    Uploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the bytes in a temporary file; {@code sheets} are read from it by the caller afterwards. */
    Upload keep(String username, String fileName, ImportKind kind, InputStream bytes) {
        sweep();
        Path file;
        try {
            file = Files.createTempFile("crm-upload-", ".import");
            Files.copy(bytes, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return put(new Upload(UUID.randomUUID().toString(), username, fileName, file, kind, List.of(), clock.instant()));
    }

    /** The same upload with the sheets of its workbook (read once the file is on disk). */
    Upload withSheets(Upload upload, List<String> sheets) {
        uploads.remove(upload.id());
        return put(new Upload(upload.id(), upload.username(), upload.fileName(), upload.file(), upload.kind(), sheets,
                upload.touched()));
    }

    private Upload put(Upload upload) {
        uploads.put(upload.id(), upload);
        return upload;
    }

    /** The user's upload, or 404 (also for someone else's). */
    Upload get(String id, String username) {
        Upload upload = uploads.get(id);
        if (upload == null || !upload.username().equals(username)) {
            throw new NotFoundException("upload", 0L);
        }
        upload.touch(clock.instant());
        return upload;
    }

    /** Deletes the file; the upload's reports stay readable until it is swept. */
    void discardFile(Upload upload) {
        delete(upload.file());
    }

    void remove(Upload upload) {
        uploads.remove(upload.id());
        delete(upload.file());
    }

    /** Forgets uploads nobody has looked at for a while (but not one whose job still runs). */
    void sweep() {
        var limit = clock.instant().minus(IDLE);
        uploads.values().removeIf(upload -> {
            boolean stale = upload.touched().isBefore(limit) && (upload.job() == null || !upload.job().running());
            if (stale) {
                delete(upload.file());
            }
            return stale;
        });
    }

    int size() {
        return uploads.size();
    }

    @PreDestroy
    void deleteAll() {
        uploads.values().forEach(upload -> delete(upload.file()));
        uploads.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system's clean-up takes it if we cannot
        }
    }
}
