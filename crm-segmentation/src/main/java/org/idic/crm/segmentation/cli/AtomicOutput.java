package org.idic.crm.segmentation.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same directory, moved into place only when complete,
 * so a failed run never leaves a partial output file (and never replaces a good one).
 */
final class AtomicOutput {

    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes UTF-8 text. */
    static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Checks up front that the output can be created, so input is not parsed for nothing. */
    static void checkWritable(Problems problems, String value) {
        Path p = Path.of(value).toAbsolutePath();
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            problems.add(value, 0, "output directory does not exist");
        } else if (!Files.isWritable(dir)) {
            problems.add(value, 0, "output directory is not writable");
        } else if (Files.isDirectory(p)) {
            problems.add(value, 0, "output is a directory");
        }
    }
}
