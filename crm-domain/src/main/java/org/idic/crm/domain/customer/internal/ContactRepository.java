package org.idic.crm.domain.customer.internal;

import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.access.AccessScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Contacts, visible exactly when their customer is. */
public interface ContactRepository extends JpaRepository<Contact, Long> {

    default Optional<Contact> findVisible(Long id, AccessScope scope) {
        return findVisible(id, scope.all(), scope.ownerId(), scope.teamId());
    }

    @Query("select k from Contact k join fetch k.customer c where k.id = :id and " + AccessScope.JPQL)
    Optional<Contact> findVisible(Long id, boolean all, Long ownerId, Long teamId);

    @Query("select k from Contact k where k.customer.id = :customerId order by k.primary desc, k.name")
    List<Contact> findByCustomer(Long customerId);
}
