package org.idic.crm.domain.customer.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.access.AccessScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Customers, always read through the actor's {@link AccessScope}: a customer outside it does not exist.
 * (The plain {@code findById} of JpaRepository is for internal use only, after a scoped read.)
 */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

    default Optional<Customer> findVisible(Long id, AccessScope scope) {
        return findVisible(id, scope.all(), scope.ownerId(), scope.teamId());
    }

    default Optional<Customer> findVisibleByNumber(String number, AccessScope scope) {
        return findVisibleByNumber(number, scope.all(), scope.ownerId(), scope.teamId());
    }

    @Query("select c from Customer c where c.id = :id and " + AccessScope.JPQL)
    Optional<Customer> findVisible(Long id, boolean all, Long ownerId, Long teamId);

    default List<Customer> findVisible(Collection<Long> ids, AccessScope scope) {
        return findVisible(ids, scope.all(), scope.ownerId(), scope.teamId());
    }

    /** The customers of {@code ids} the scope lets see, locked for a change of many at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id in :ids and " + AccessScope.JPQL + " order by c.id")
    List<Customer> findVisible(Collection<Long> ids, boolean all, Long ownerId, Long teamId);

    // numbers are made upper case (C-0000001), so the unique index on the column answers this
    @Query("select c from Customer c where c.number = upper(:number) and " + AccessScope.JPQL)
    Optional<Customer> findVisibleByNumber(String number, boolean all, Long ownerId, Long teamId);

    /** Whether the customer has orders (the activity module publishes its orders for reading). */
    @Query(value = "select exists (select 1 from customer_order where customer_id = :id)", nativeQuery = true)
    boolean hasOrders(Long id);

    /** The customers a user owns, for a hand-over. */
    @Query("select c.id from Customer c where c.ownerId = :ownerId order by c.id")
    java.util.List<Long> findIdsByOwnerId(Long ownerId);

    long countByOwnerId(Long ownerId);

    @Query(value = "select 'C-' || lpad(nextval('customer_number_seq')::text, 7, '0')", nativeQuery = true)
    String nextNumber();
}
