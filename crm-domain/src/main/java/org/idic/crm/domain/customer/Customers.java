package org.idic.crm.domain.customer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.AppUser;
import org.idic.crm.domain.user.Role;
import org.idic.crm.domain.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, reassigning and deleting customers, within what the actor may touch. */
@Service
@Transactional
public class Customers {

    static final String ENTITY = "customer";

    private final CustomerRepository customers;
    private final UserRepository users;
    private final VisibleCustomers visible;
    private final AuditLog audit;
    private final Clock clock;

    Customers(CustomerRepository customers, UserRepository users, VisibleCustomers visible, AuditLog audit,
            Clock clock) {
        this.customers = customers;
        this.users = users;
        this.visible = visible;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CustomerView get(Actor actor, Long id) {
        return CustomerView.of(visible.require(actor, id));
    }

    /**
     * Creates a customer. A rep always owns what they create; a manager may give it to someone in
     * their team, an administrator to any rep or manager.
     */
    public Long create(Actor actor, CustomerKind kind, CustomerDetails details, Long ownerId) {
        AppUser owner = ownerFor(actor, ownerId == null ? actor.userId() : ownerId);
        Customer referrer = referrer(actor, details.referredByNumber());
        Customer customer = customers.save(new Customer(customers.nextNumber(), kind, details, referrer, owner));
        customer.touch(clock.instant());
        audit.record(actor.username(), AuditAction.CREATE, ENTITY, customer.getId(),
                Changes.of(customer.auditValues()));
        return customer.getId();
    }

    /** Saves the edited details, unless someone else saved the customer since {@code version}. */
    public void update(Actor actor, Long id, long version, CustomerDetails details) {
        Customer customer = visible.require(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, customer.getVersion());
        Map<String, Object> before = customer.auditValues();
        customer.update(details, referrer(actor, details.referredByNumber()));
        customer.touch(clock.instant());
        audit.record(actor.username(), AuditAction.UPDATE, ENTITY, id, Changes.between(before, customer.auditValues()));
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
        Customer customer = visible.require(actor, id);
        if (actor.role() == Role.REP) {
            throw refused(actor, id, "a rep cannot reassign customers");
        }
        AppUser newOwner = ownerFor(actor, newOwnerId);
        String before = customer.getOwner().getUsername();
        Long previousOwner = customer.getOwner().getId();
        customer.reassignTo(newOwner);
        customers.handOverOpenComplaints(id, previousOwner, newOwner.getId());
        audit.record(actor.username(), AuditAction.REASSIGN, ENTITY, id,
                Changes.between(Map.of("owner", before), Map.of("owner", newOwner.getUsername())));
    }

    /** Whether {@link #delete} would accept this customer from this actor (so pages offer it only then). */
    @Transactional(readOnly = true)
    public boolean deletable(Actor actor, Long id) {
        visible.require(actor, id);
        return actor.isAdmin() && !visible.hasOrders(id);
    }

    /** Administrators may delete a customer that has no orders (orders are business records). */
    public void delete(Actor actor, Long id) {
        Customer customer = visible.require(actor, id);
        if (!actor.isAdmin()) {
            throw refused(actor, id, "only administrators delete customers");
        }
        if (visible.hasOrders(id)) {
            throw new RuleViolationException(null, "customer.delete.hasOrders",
                    "a customer with orders cannot be deleted; close the account instead");
        }
        audit.record(actor.username(), AuditAction.DELETE, ENTITY, id, Changes.of(customer.auditValues()));
        customers.delete(customer);
    }

    /** The people an actor may make owner of a customer. */
    @Transactional(readOnly = true)
    public List<OwnerOption> assignableOwners(Actor actor) {
        List<AppUser> candidates = switch (actor.role()) {
            case REP -> users.findById(actor.userId()).stream().toList();
            case MANAGER -> users.findByTeamId(actor.teamId());
            case ADMIN -> users.findAllWithTeams();
        };
        return candidates.stream().filter(u -> u.getRole() != Role.ADMIN && u.isEnabled())
                .map(u -> new OwnerOption(u.getId(), u.getDisplayName(),
                        u.getTeam() == null ? null : u.getTeam().getName()))
                .toList();
    }

    private AppUser ownerFor(Actor actor, Long ownerId) {
        AppUser owner = users.findById(ownerId).orElse(null);
        boolean allowed = owner != null && owner.getRole() != Role.ADMIN && owner.isEnabled() && switch (actor.role()) {
            case REP -> owner.getId().equals(actor.userId());
            case MANAGER -> owner.getTeam().getId().equals(actor.teamId());
            case ADMIN -> true;
        };
        if (!allowed) {
            if (actor.role() == Role.REP) {
                throw refused(actor, null, "a rep tried to make user " + ownerId + " the owner");
            }
            throw new RuleViolationException("ownerId", "customer.owner.notAllowed",
                    "this user cannot own customers you assign");
        }
        return owner;
    }

    private Customer referrer(Actor actor, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return customers.findVisibleByNumber(number.strip(), actor.scope())
                .orElseThrow(() -> new RuleViolationException("referredByNumber", "customer.referredBy.unknown",
                        "no customer with that number"));
    }

    private NotPermittedException refused(Actor actor, Long id, String why) {
        audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, ENTITY, id, why);
        return new NotPermittedException(why);
    }

    /** Someone who can own customers, for the owner pickers. */
    public record OwnerOption(Long id, String name, String team) {
    }
}
