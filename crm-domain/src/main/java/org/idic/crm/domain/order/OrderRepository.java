package org.idic.crm.domain.order;

import java.util.Optional;
import org.idic.crm.domain.access.AccessScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Orders, visible exactly when their customer is. */
public interface OrderRepository extends JpaRepository<Order, Long> {

    default Optional<Order> findVisible(Long id, AccessScope scope) {
        return findVisible(id, scope.all(), scope.ownerId(), scope.teamId());
    }

    @Query("select o from Order o join fetch o.customer c where o.id = :id and " + AccessScope.JPQL)
    Optional<Order> findVisible(Long id, boolean all, Long ownerId, Long teamId);

    @Query(value = "select 'O-' || lpad(nextval('order_number_seq')::text, 8, '0')", nativeQuery = true)
    String nextNumber();
}
