package org.idic.crm.domain.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.customer.internal.CustomerRepository;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One change (a new owner, a tag added or removed) for many customers in one transaction: all of them or
 * none. Every customer is checked against the actor's scope (one that is not visible makes the whole
 * change "not found", audited, and changes nothing); a reassignment follows the single one's rule
 * ({@link Customers#reassign}); each changed customer gets its own audit line.
 * <p>
 * Concurrent edits: the change is given the fingerprint of the selection its confirmation showed. The
 * customers are locked, and if any was changed, added or removed since, the whole change is refused
 * ({@link BulkConflictException}) rather than applied to customers the user did not see as
 * they are now.
 */
@Service
@Transactional
public class CustomerBulk {

    /** The most customers one change may touch (one transaction, one confirmation). */
    public static final int LIMIT = 1000;

    private final CustomerRepository customers;
    private final Customers single;
    private final VisibleCustomers visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerBulk(CustomerRepository customers, Customers single, VisibleCustomers visible,
            ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.single = single;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    /** What {@link #apply} would do to these customers, changing nothing. */
    public BulkPreview preview(Actor actor, List<Long> ids, BulkChange change) {
        List<Customer> selected = load(actor, ids);
        UserView owner = change.kind() == BulkChange.Kind.REASSIGN
                ? single.newOwnerFor(actor, selected.get(0).getId(), change.ownerId()) : null;
        List<Customer> changing = selected.stream().filter(c -> changes(c, change)).toList();
        return new BulkPreview(selected.size(), changing.size(), changing.stream().limit(BulkPreview.SAMPLE)
                .map(c -> c.getNumber() + " " + c.getName()).toList(), owner == null ? null : owner.displayName(),
                fingerprint(selected));
    }

    /**
     * Applies the change to every customer of {@code ids} it changes, if the selection is still what
     * {@code fingerprint} (from {@link #preview}) says.
     */
    public BulkResult apply(Actor actor, List<Long> ids, BulkChange change, String fingerprint) {
        List<Customer> selected = load(actor, ids);
        if (!fingerprint(selected).equals(fingerprint)) {
            throw new BulkConflictException(selected.size());
        }
        UserView owner = change.kind() == BulkChange.Kind.REASSIGN
                ? single.newOwnerFor(actor, selected.get(0).getId(), change.ownerId()) : null;
        int changed = 0;
        for (Customer customer : selected) {
            if (!changes(customer, change)) {
                continue;
            }
            changed++;
            if (owner != null) {
                single.reassign(actor, customer, owner);
            } else {
                String before = String.join(",", customer.getTags());
                if (change.kind() == BulkChange.Kind.ADD_TAG) {
                    customer.addTag(change.tag());
                } else {
                    customer.removeTag(change.tag());
                }
                events.publishEvent(Audited.of(actor, AuditAction.UPDATE, Customers.ENTITY, customer.getId(),
                        Changes.between(Map.of("tags", before), Map.of("tags", String.join(",",
                                customer.getTags()))), clock.instant()).onCustomer(customer.getId()));
            }
        }
        customers.flush();
        return new BulkResult(changed, owner == null ? null : owner.displayName());
    }

    /** How many customers a change changed, and the name of their new owner if it was a reassignment. */
    public record BulkResult(int changed, String newOwnerName) {
    }

    private static boolean changes(Customer c, BulkChange change) {
        return switch (change.kind()) {
            case REASSIGN -> !c.getOwnerId().equals(change.ownerId());
            case ADD_TAG -> !c.getTags().contains(change.tag());
            case REMOVE_TAG -> c.getTags().contains(change.tag());
        };
    }

    /** Every customer of {@code ids}, locked, or "not found" (audited) if the actor may not see one of them. */
    private List<Customer> load(Actor actor, List<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            throw new RuleViolationException(null, "bulk.none");
        }
        if (wanted.size() > LIMIT) {
            throw new RuleViolationException(null, "bulk.tooMany", LIMIT);
        }
        List<Customer> found = customers.findVisible(wanted, actor.scope());
        if (found.size() != wanted.size()) {
            Set<Long> seen = found.stream().map(Customer::getId).collect(Collectors.toSet());
            Long missing = wanted.stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow();
            throw visible.notFound(actor, Customers.ENTITY, missing, customers.existsById(missing));
        }
        return found;
    }

    /** The selection as it is now: each customer's id and version, in id order. */
    static String fingerprint(List<Customer> selected) {
        String text = selected.stream().map(c -> c.getId() + ":" + c.getVersion()).collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
