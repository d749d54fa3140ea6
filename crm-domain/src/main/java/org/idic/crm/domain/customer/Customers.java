package org.idic.crm.domain.customer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.customer.internal.CustomerRepository;
import org.idic.crm.domain.customer.internal.LastActivity;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, reassigning and deleting customers, within what the actor may touch. */
@Service
@Transactional
public class Customers {

    static final String ENTITY = "customer";

    private final CustomerRepository customers;
    private final UserAccounts users;
    private final VisibleCustomers visible;
    private final LastActivity lastActivity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Customers(CustomerRepository customers, UserAccounts users, VisibleCustomers visible, LastActivity lastActivity,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.users = users;
        this.visible = visible;
        this.lastActivity = lastActivity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CustomerView get(Actor actor, Long id) {
        Customer customer = visible.entity(actor, id);
        return CustomerView.of(customer, users.find(customer.getOwnerId()).map(UserView::displayName).orElse(null));
    }

    /**
     * Creates a customer. A rep always owns what they create; a manager may give it to someone in
     * their team, an administrator to any rep or manager.
     */
    public Long create(Actor actor, CustomerKind kind, CustomerDetails details, Long ownerId) {
        UserView owner = ownerFor(actor, ownerId == null ? actor.userId() : ownerId);
        Customer referrer = referrer(actor, details.referredByNumber());
        Customer customer = customers.save(new Customer(customers.nextNumber(), kind, details, referrer, owner,
                clock.instant()));
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, customer.getId(),
                Changes.of(audited(customer)), clock.instant()).onCustomer(customer.getId()));
        return customer.getId();
    }

    /** Saves the edited details, unless someone else saved the customer since {@code version}. */
    public void update(Actor actor, Long id, long version, CustomerDetails details) {
        Customer customer = visible.entity(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, customer.getVersion());
        Map<String, Object> before = audited(customer);
        customer.update(details, referrer(actor, details.referredByNumber()));
        lastActivity.stamp(id, clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(before, audited(customer)), clock.instant()).onCustomer(id));
    }

    /**
     * Every rule the details break that only the database can tell (the referring customer's number),
     * without saving anything, so that a form can show them together with its own checks.
     * {@code customerId} is null for a new customer.
     */
    @Transactional(readOnly = true)
    public List<RuleViolationException> check(Actor actor, CustomerDetails details, Long customerId) {
        String number = details.referredByNumber();
        if (number == null || number.isBlank()) {
            return List.of();
        }
        return customers.findVisibleByNumber(number.strip(), actor.scope())
                .map(referrer -> referrer.getId().equals(customerId)
                        ? List.of(new RuleViolationException("referredByNumber", "customer.referredBy.self",
                                "a customer cannot refer themselves"))
                        : List.<RuleViolationException>of())
                .orElseGet(() -> List.of(new RuleViolationException("referredByNumber",
                        "customer.referredBy.unknown", "no customer with that number")));
    }

    /** Hands a customer to another rep: managers within their team, administrators anywhere. */
    public void reassign(Actor actor, Long id, Long newOwnerId) {
        Customer customer = visible.entity(actor, id);
        reassign(actor, customer, newOwnerFor(actor, id, newOwnerId));
    }

    /** Whom the actor may hand customers to (managers within their team, administrators anyone). */
    UserView newOwnerFor(Actor actor, Long customerId, Long newOwnerId) {
        if (actor.role() == Role.REP) {
            throw refused(actor, customerId, "a rep cannot reassign customers");
        }
        return ownerFor(actor, newOwnerId);
    }

    /**
     * The one reassignment rule, for one customer the actor may see and an owner from
     * {@link #newOwnerFor}: its open complaints and follow-ups go with it ({@link CustomerReassigned}, handled
     * in this transaction), and the change is audited.
     */
    void reassign(Actor actor, Customer customer, UserView newOwner) {
        Long id = customer.getId();
        Long previousOwner = customer.getOwnerId();
        String before = username(previousOwner);
        customer.reassignTo(newOwner);
        events.publishEvent(new CustomerReassigned(id, previousOwner, newOwner.id()));
        events.publishEvent(Audited.of(actor, AuditAction.REASSIGN, ENTITY, id,
                Changes.between(Map.of("owner", before), Map.of("owner", newOwner.username())), clock.instant()).onCustomer(id));
    }

    /** Whether {@link #delete} would accept this customer from this actor (so pages offer it only then). */
    @Transactional(readOnly = true)
    public boolean deletable(Actor actor, Long id) {
        visible.require(actor, id);
        return actor.isAdmin() && !visible.hasOrders(id);
    }

    /**
     * Administrators may delete a customer that has no orders (orders are business records, and their
     * foreign key refuses the deletion); the customer's contacts, interactions and complaints go with it.
     */
    public void delete(Actor actor, Long id) {
        Customer customer = visible.entity(actor, id);
        if (!actor.isAdmin()) {
            throw refused(actor, id, "only administrators delete customers");
        }
        events.publishEvent(Audited.of(actor, AuditAction.DELETE, ENTITY, id, Changes.of(audited(customer)),
                clock.instant()).onCustomer(id));
        try {
            customers.delete(customer);
            customers.flush();
        } catch (DataIntegrityViolationException e) {
            // orders are business records: their foreign key keeps a customer who has any
            throw new RuleViolationException(null, "customer.delete.hasOrders");
        }
    }

    /** The people an actor may make owner of a customer. */
    @Transactional(readOnly = true)
    public List<OwnerOption> assignableOwners(Actor actor) {
        List<UserView> candidates = switch (actor.role()) {
            case REP -> users.find(actor.userId()).stream().toList();
            case MANAGER -> users.team(actor.teamId());
            case ADMIN -> users.all();
        };
        return candidates.stream().filter(u -> u.role() != Role.ADMIN && u.enabled())
                .map(u -> new OwnerOption(u.id(), u.displayName(), u.teamName()))
                .toList();
    }

    private UserView ownerFor(Actor actor, Long ownerId) {
        if (ownerId == null) {
            // a form posted without its owner field (hand-made or cut short): a refusal, not a crash
            throw new RuleViolationException("ownerId", "customer.owner.required");
        }
        UserView owner = users.find(ownerId).orElse(null);
        boolean allowed = owner != null && owner.role() != Role.ADMIN && owner.enabled() && switch (actor.role()) {
            case REP -> owner.id().equals(actor.userId());
            case MANAGER -> owner.teamId().equals(actor.teamId());
            case ADMIN -> true;
        };
        if (!allowed) {
            if (actor.role() == Role.REP) {
                throw refused(actor, null, "a rep tried to make user " + ownerId + " the owner");
            }
            throw new RuleViolationException("ownerId", "customer.owner.notAllowed");
        }
        return owner;
    }

    /** The customer's values for the audit trail, its owner by username. */
    private Map<String, Object> audited(Customer customer) {
        Map<String, Object> values = customer.auditValues();
        values.put("owner", username(customer.getOwnerId()));
        return values;
    }

    private String username(Long userId) {
        return users.find(userId).map(UserView::username).orElse(null);
    }

    private Customer referrer(Actor actor, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return customers.findVisibleByNumber(number.strip(), actor.scope())
                .orElseThrow(() -> new RuleViolationException("referredByNumber", "customer.referredBy.unknown"));
    }

    private NotPermittedException refused(Actor actor, Long id, String why) {
        audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, ENTITY, id, why);
        return new NotPermittedException(why);
    }

    /** Someone who can own customers, for the owner pickers. */
    public record OwnerOption(Long id, String name, String team) {
    }
}
