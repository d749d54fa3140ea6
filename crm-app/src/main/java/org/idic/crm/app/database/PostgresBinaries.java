package org.idic.crm.app.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server programs shipped in the jar (the zonky binaries artifact for this platform),
 * unpacked once into a directory of the temporary folder that only this user can write, named after
 * the archive's digest so that another version never mixes in. Unpacked again if a cleaner removed it.
 */
final class PostgresBinaries {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");
    private static PostgresBinaries bundled;

    private final Path home;
    private final int majorVersion;
    private final String version;

    private PostgresBinaries(Path home) {
        this.home = home;
        String output = Processes.run(command("postgres", List.of("-V")), java.time.Duration.ofSeconds(30)).output();
        Matcher m = VERSION.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("cannot tell the version of the bundled PostgreSQL from '" + output.strip()
                    + "'");
        }
        this.majorVersion = Integer.parseInt(m.group(1));
        this.version = m.group(1) + (m.group(2) == null ? "" : "." + m.group(2));
    }

    /** The bundled server programs, unpacked if need be. */
    static synchronized PostgresBinaries bundled() {
        if (bundled == null || !Files.isRegularFile(bundled.program("postgres"))) {
            bundled = new PostgresBinaries(unpack());
        }
        return bundled;
    }

    /** The major version of the bundled server, e.g. 17. */
    int majorVersion() {
        return majorVersion;
    }

    String version() {
        return version;
    }

    Path program(String name) {
        return home.resolve("bin").resolve(name + (isWindows() ? ".exe" : ""));
    }

    /**
     * The command line to run one of the programs. PostgreSQL refuses to run as root; as zonky does, a
     * root user runs it in a user namespace of its own, where it is nobody in particular.
     */
    List<String> command(String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program(program).toString());
        command.addAll(arguments);
        return command;
    }

    private static Path unpack() {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture())) {
            archive = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled PostgreSQL binaries", e);
        }
        try {
            Path root = privateFolder();
            Path home = root.resolve("pg-" + digest(archive));
            if (Files.isRegularFile(home.resolve(".complete"))) {
                return home;
            }
            // unpacked into a folder of its own and moved into place at once: two instances starting
            // together never see half a set of binaries
            Path staging = Files.createTempDirectory(root, "unpacking-");
            extract(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            deleteTree(home); // an incomplete leftover, if any
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException another) {
                deleteTree(staging); // another instance was quicker, with the same bytes
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, home);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled PostgreSQL binaries: " + e.getMessage(), e);
        }
    }

    /** {@code <tmp>/idic-crm-postgres-<user>}, readable and writable by this user alone. */
    private static Path privateFolder() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "idic-crm-postgres-" + user);
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            try {
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException windows) {
                // the user's own temporary folder
            }
        }
        if (!isWindows() && !Files.getOwner(root).getName().equals(System.getProperty("user.name"))) {
            throw new IOException(root + " belongs to another user: binaries in it cannot be trusted");
        }
        return root;
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("unsafe path in the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(target.resolve(entry.getLinkName()).normalize(), file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().replace("./", "").startsWith("bin/")) {
                        file.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** As zonky names the platforms in its artifacts. */
    private static String system() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Windows";
        }
        return os.contains("mac") || os.contains("darwin") ? "Darwin" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    static boolean isWindows() {
        return system().equals("Windows");
    }
}
