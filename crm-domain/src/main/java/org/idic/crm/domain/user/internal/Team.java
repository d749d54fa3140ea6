package org.idic.crm.domain.user.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.BaseEntity;

/** A sales team: one manager and the reps who report to them. */
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String name;

    protected Team() {
    }

    public Team(String name) {
        this.name = requireName(name);
    }

    /** The name as it is kept: required, without surrounding spaces. */
    public static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "team.name.required");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public String getName() {
        return name;
    }
}
