package org.idic.crm.domain.user.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.access.Role;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    /** The user of a comparison key (see {@code Usernames.key}). */
    @EntityGraph(attributePaths = "team")
    @Query("select u from AppUser u where lower(u.username) = :key")
    Optional<AppUser> findByKey(String key);

    @EntityGraph(attributePaths = "team")
    @Query("select u from AppUser u order by u.role, u.username")
    List<AppUser> findAllWithTeams();

    @EntityGraph(attributePaths = "team")
    @Query("select u from AppUser u where u.team.id = :teamId order by u.role, u.username")
    List<AppUser> findByTeamId(Long teamId);

    long countByTeamId(Long teamId);

    /**
     * The enabled users of a role, their rows locked until the transaction ends: two administrators
     * demoting each other at the same moment cannot both pass the last-administrator guard.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = :role and u.enabled = true")
    List<AppUser> lockEnabled(Role role);
}
