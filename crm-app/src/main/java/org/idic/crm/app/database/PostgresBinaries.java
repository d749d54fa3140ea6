package org.idic.crm.app.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedInputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server programs shipped in the jar (the zonky binaries artifact for this platform),
 * unpacked once into a directory of the temporary folder that only this user can write, named after
 * the archive's size and checksum so that another version never mixes in. Unpacked again if a cleaner
 * removed it. A start that finds them unpacked reads nothing of the archive and runs none of them.
 */
final class PostgresBinaries {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");
    private static PostgresBinaries bundled;

    private final Path home;
    private final int majorVersion;
    private final String version;

    private PostgresBinaries(Path home) {
        this.home = home;
        String output = versionOutput();
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
            bundled = new PostgresBinaries(unpack(BundledArchive.forThisPlatform()));
        }
        return bundled;
    }

    /** What {@code postgres -V} says, asked once per unpacked set of programs and kept beside them. */
    private String versionOutput() {
        Path kept = home.resolve(".version");
        try {
            if (Files.isRegularFile(kept)) {
                return Files.readString(kept);
            }
        } catch (IOException e) {
            // asked again below
        }
        Processes.Result result = Processes.run(command("postgres", List.of("-V")), java.time.Duration.ofSeconds(30));
        if (result.ok() && VERSION.matcher(result.output()).find()) {
            try {
                Files.writeString(kept, result.output());
            } catch (IOException e) {
                // asked again at the next start
            }
        }
        return result.output();
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

    private static Path unpack(BundledArchive archive) {
        try {
            Path root = privateFolder();
            byte[] bytes = null;
            String key = archive.quickKey().orElse(null);
            if (key == null) {
                bytes = read(archive);
                key = digest(bytes);
            }
            Path home = root.resolve("pg-" + key);
            if (Files.isRegularFile(home.resolve(".complete"))) {
                return home;
            }
            // unpacked into a folder of its own and moved into place at once: two instances starting
            // together never see half a set of binaries
            Path staging = Files.createTempDirectory(root, "unpacking-");
            try (InputStream in = bytes != null ? new ByteArrayInputStream(bytes)
                    : new BufferedInputStream(archive.open(), 1 << 16)) {
                extract(in, staging);
            }
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

    private static byte[] read(BundledArchive archive) {
        try (InputStream in = archive.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled PostgreSQL binaries", e);
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

    private static void extract(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
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

    static boolean isWindows() {
        return BundledArchive.system(System.getProperty("os.name")).equals("Windows");
    }
}
