package org.idic.crm.domain.complaint;

import java.util.Optional;
import org.idic.crm.domain.access.AccessScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Complaints, visible exactly when their customer is. */
public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    default Optional<Complaint> findVisible(Long id, AccessScope scope) {
        return findVisible(id, scope.all(), scope.ownerId(), scope.teamId());
    }

    @Query("select k from Complaint k join fetch k.customer c where k.id = :id and " + AccessScope.JPQL)
    Optional<Complaint> findVisible(Long id, boolean all, Long ownerId, Long teamId);
}
