package org.idic.crm.app.database;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.data-dir}: the embedded database's directory.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data when no database is configured (its data
 *                survives restarts; two instances need two directories)
 */
@ConfigurationProperties("crm")
@Validated
public record DataDirectoryProperties(@NotNull @DefaultValue("./crm-data") Path dataDir) {
}
