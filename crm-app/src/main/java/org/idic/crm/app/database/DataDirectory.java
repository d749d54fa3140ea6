package org.idic.crm.app.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The directory the embedded database lives in, held by one running instance at a time through an
 * exclusive file lock (released by the operating system if the process dies).
 */
final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory claim(Path configured) {
        Path root = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException | SecurityException e) {
            throw notWritable(root, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw notWritable(root, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(root.resolve("crm.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw notWritable(root, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseException("The data directory " + root + " is in use by another running CRM "
                    + "instance.", "Stop the other instance, or start this one with --crm.data-dir=ANOTHER_DIRECTORY.",
                    null);
        }
        return new DataDirectory(root, channel, lock);
    }

    /** Whether a running instance holds the directory's lock (this one included). */
    static boolean inUse(Path configured) {
        Path lockFile = configured.toAbsolutePath().normalize().resolve("crm.lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Path postgresData() {
        return root.resolve("postgres");
    }

    Path root() {
        return root;
    }

    /** The file that holds the embedded server's password. */
    Path passwordFile() {
        return root.resolve("postgres.password");
    }

    /** The embedded server's password, made on first start and kept readable by its owner only. */
    String databasePassword() {
        Path file = passwordFile();
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // not a POSIX file system: the directory's own permissions have to do
            }
            return password;
        } catch (IOException e) {
            throw notWritable(root, e);
        }
    }

    private static EmbeddedDatabaseException notWritable(Path root, Exception cause) {
        return new EmbeddedDatabaseException("The data directory " + root + " cannot be created or is not writable"
                + (cause == null ? "." : ": " + cause.getMessage()),
                "Choose a writable directory with --crm.data-dir=DIRECTORY.", cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(lockChannel);
    }
}
