package org.idic.crm.domain.user.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "team")
    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsername(String username);

    @EntityGraph(attributePaths = "team")
    @Query("select u from AppUser u order by u.role, u.username")
    List<AppUser> findAllWithTeams();

    @Query("select u from AppUser u where u.team.id = :teamId order by u.role, u.username")
    List<AppUser> findByTeamId(Long teamId);
}
