package org.idic.crm.domain.activity.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Complaints; whether the actor may see one is its customer's business (VisibleCustomers). */
public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    /**
     * The open complaints of a customer that its previous owner handled go with the customer to its new
     * owner (the version moves on, so an edit of such a complaint begun before shows as a conflict).
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update complaint set handler_id = :newOwner, version = version + 1
            where customer_id = :customer and handler_id = :oldOwner and status <> 'CLOSED'""", nativeQuery = true)
    int handOverOpenComplaints(Long customer, Long oldOwner, Long newOwner);

    /** The open complaints a user handles, on any customer. */
    @Query(value = "select count(*) from complaint where handler_id = :handler and status <> 'CLOSED'",
            nativeQuery = true)
    long countOpenHandledBy(Long handler);

    /** A leaver's open complaints on customers they did not own (the others went with their customers). */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update complaint set handler_id = :newHandler, version = version + 1
            where handler_id = :oldHandler and status <> 'CLOSED'""", nativeQuery = true)
    int handOverOpenComplaintsOf(Long oldHandler, Long newHandler);
}
