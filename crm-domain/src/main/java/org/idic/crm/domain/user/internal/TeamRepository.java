package org.idic.crm.domain.user.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    @Query("select t from Team t where lower(t.name) = lower(:name)")
    /** Names are unique without regard to case (the index is on {@code lower(name)}). */
    Optional<Team> findByNameIgnoreCase(String name);

    @Query("select t from Team t order by lower(t.name)")
    List<Team> findAllByName();
}
