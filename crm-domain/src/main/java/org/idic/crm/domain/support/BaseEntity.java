package org.idic.crm.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.Hibernate;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every entity of the CRM has: a database-generated id, a version for optimistic locking (an edit
 * begun on an older version is refused, never lost), and when it was created and last changed. The two
 * times are stamped by Spring Data's auditing from the application's {@link java.time.Clock} (see
 * {@code AuditingConfiguration}), so that no entity asks the system clock itself. Who changed what is
 * the audit trail's business, not a column's. Equal when the same kind of entity has the same id.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof BaseEntity other && Hibernate.getClass(this) == Hibernate.getClass(other)
                && getId() != null && getId().equals(other.getId());
    }

    @Override
    public int hashCode() {
        // the same for every instance of a class: the id is not known before the entity is saved
        return Hibernate.getClass(this).hashCode();
    }
}
