package org.idic.crm.domain.access;

/**
 * Someone saved the record after this actor loaded it. Nothing was written; the caller shows the
 * current state next to what the actor typed.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String entity;
    private final Long id;
    private final long currentVersion;

    public ConcurrentEditException(String entity, Long id, long currentVersion) {
        super(entity + " " + id + " was changed by someone else (now version " + currentVersion + ")");
        this.entity = entity;
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public String entity() {
        return entity;
    }

    public Long id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Throws unless the version the actor edited is still the stored one. */
    public static void check(String entity, Long id, long submittedVersion, long storedVersion) {
        if (submittedVersion != storedVersion) {
            throw new ConcurrentEditException(entity, id, storedVersion);
        }
    }
}
