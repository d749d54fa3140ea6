package org.idic.crm.domain.imports;

/**
 * Told how far an import has come; throws {@link ImportCancelledException} (or returns false from
 * {@link #proceed}) to stop it, which rolls everything back.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done) -> true;

    /** {@code step} is {@code read}, {@code check} or {@code write}; {@code done} rows read so far. */
    boolean proceed(String step, long done);
}
