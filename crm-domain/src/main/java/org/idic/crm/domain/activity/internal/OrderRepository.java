package org.idic.crm.domain.activity.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Orders; whether the actor may see one is its customer's business (VisibleCustomers). */
public interface OrderRepository extends JpaRepository<Order, Long> {

    @Query(value = "select 'O-' || lpad(nextval('order_number_seq')::text, 8, '0')", nativeQuery = true)
    String nextNumber();
}
