package org.idic.crm.domain.interaction;

import java.util.Optional;
import org.idic.crm.domain.access.AccessScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Interactions, visible exactly when their customer is. */
public interface InteractionRepository extends JpaRepository<Interaction, Long> {

    default Optional<Interaction> findVisible(Long id, AccessScope scope) {
        return findVisible(id, scope.all(), scope.ownerId(), scope.teamId());
    }

    @Query("select i from Interaction i join fetch i.customer c where i.id = :id and " + AccessScope.JPQL)
    Optional<Interaction> findVisible(Long id, boolean all, Long ownerId, Long teamId);
}
