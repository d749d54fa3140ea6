package org.idic.crm.domain.customer.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.idic.crm.domain.customer.CustomerTouched;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer's last activity ("recently worked on", My day's list): moved on when the customer or its
 * contacts change, and when another module records work on the customer ({@link CustomerTouched}). One
 * statement that only moves the time forward, without the entity and without its version: a stamp
 * arriving after the commit must neither make a rep's open edit of the customer a conflict, nor be undone
 * by it.
 */
@Component
public class LastActivity {

    private final JdbcClient jdbc;

    LastActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Work recorded by another module, after its transaction committed. */
    @ApplicationModuleListener
    void on(CustomerTouched event) {
        stamp(event.customerId(), event.at());
    }

    /** Someone worked on the customer at {@code at} (in the caller's transaction). */
    public void stamp(Long customerId, Instant at) {
        jdbc.sql("update customer set last_activity_at = :at where id = :id and last_activity_at < :at")
                .param("at", Timestamp.from(at)).param("id", customerId).update();
    }
}
