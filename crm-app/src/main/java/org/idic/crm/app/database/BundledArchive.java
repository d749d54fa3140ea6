package org.idic.crm.app.database;

import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The archive of PostgreSQL server programs for this platform, as a resource of the class path (the zonky
 * binaries artifact the build put in the jar: see the platform profiles in crm-app's pom). A jar built for
 * a database of one's own carries none, and says so instead of failing somewhere deeper.
 */
record BundledArchive(URL url, String name, String key) {

    /** The archive for the platform this JVM runs on. */
    static BundledArchive forThisPlatform() {
        return find(BundledArchive.class.getClassLoader(), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    static BundledArchive find(ClassLoader loader, String osName, String osArch) {
        String system = system(osName);
        String architecture = ArchUtils.normalize(osArch);
        for (String name : candidates(system, architecture)) {
            URL url = loader.getResource(name);
            if (url != null) {
                return new BundledArchive(url, name, key(url, name));
            }
        }
        throw new EmbeddedDatabaseException("This build of the CRM carries no PostgreSQL server for " + system + " "
                + architecture + " (it was built for a database of your own), and no database is configured.",
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use your "
                + "PostgreSQL (README, \"Use your own PostgreSQL\"), or run a jar built on this platform "
                + "(./mvnw package) or with -Pall-platforms.", null);
    }

    /**
     * The archives that would do, best first. On macOS zonky's archives hold universal programs (x86_64 and
     * arm64), the same file under two names, so either serves both; the build ships only one of them.
     */
    static List<String> candidates(String system, String architecture) {
        String prefix = "postgres-" + system.toLowerCase(Locale.ROOT) + "-";
        if (system.equals("Darwin")) {
            return architecture.equals("arm_64") ? List.of(prefix + "arm_64.txz", prefix + "x86_64.txz")
                    : List.of(prefix + "x86_64.txz", prefix + "arm_64.txz");
        }
        return List.of(prefix + architecture + ".txz");
    }

    InputStream open() throws IOException {
        return url.openStream();
    }

    /** As zonky names the operating systems in its archives. */
    static String system(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Windows";
        }
        return os.contains("mac") || os.contains("darwin") ? "Darwin" : "Linux";
    }

    /**
     * Names the unpacked programs after the archive's size and checksum, read from the jar's directory
     * rather than by reading the archive (megabytes, at every start), so that another version never mixes
     * in. Empty when the resource is not in a jar; the caller then digests the bytes.
     */
    private static String key(URL url, String name) {
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                var entry = jar.getJarEntry();
                if (entry != null && entry.getCrc() != -1 && entry.getSize() != -1) {
                    return name.replace(".txz", "") + "-" + entry.getSize() + "-" + Long.toHexString(entry.getCrc());
                }
            }
        } catch (IOException e) {
            // the bytes' digest will do
        }
        return "";
    }

    Optional<String> quickKey() {
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
