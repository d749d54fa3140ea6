package org.idic.crm.app.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings a command that starts no application reads, from the same places as the application:
 * {@code --name=value} arguments, then environment variables ({@code SPRING_DATASOURCE_URL},
 * {@code CRM_DATA_DIR}), then the jar's application.yml.
 */
final class CommandEnvironment {

    private final StandardEnvironment environment = new StandardEnvironment();

    CommandEnvironment(List<String> springArguments) {
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                springArguments.toArray(String[]::new)));
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured database's URL, if there is one (else the embedded database is meant). */
    String datasourceUrl() {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank() ? null : url;
    }

    String datasourceUsername() {
        return environment.getProperty("spring.datasource.username");
    }

    String datasourcePassword() {
        return environment.getProperty("spring.datasource.password");
    }

    Path dataDirectory() {
        return Path.of(environment.getProperty("crm.data-dir", "./crm-data")).toAbsolutePath().normalize();
    }

    String flywayLocations() {
        return environment.getProperty("spring.flyway.locations", "classpath:db/migration");
    }
}
