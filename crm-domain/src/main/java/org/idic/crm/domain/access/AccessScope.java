package org.idic.crm.domain.access;

/**
 * Which customers an actor may see: a rep their own, a manager their team's, an admin all. Queries
 * take the three values below and apply {@link #JPQL} (or {@link #sql(String)}) so that no read can
 * forget the rule.
 *
 * @param all     true for administrators
 * @param ownerId the rep's user id, else null
 * @param teamId  the manager's team id, else null
 */
public record AccessScope(boolean all, Long ownerId, Long teamId) {

    /** The visibility predicate for a customer aliased {@code c} in JPQL. */
    public static final String JPQL = "(:all = true or c.ownerId = :ownerId or c.teamId = :teamId)";

    static AccessScope of(Actor actor) {
        if (actor.role() == Role.ADMIN) {
            return new AccessScope(true, null, null);
        }
        if (actor.role() == Role.MANAGER) {
            if (actor.teamId() == null) {
                throw new IllegalStateException("a manager without a team sees nothing");
            }
            return new AccessScope(false, null, actor.teamId());
        }
        return new AccessScope(false, actor.userId(), null);
    }

    /** Whether a customer with this owner and team is visible. */
    public boolean permits(Long customerOwnerId, Long customerTeamId) {
        return all || (ownerId != null && ownerId.equals(customerOwnerId))
                || (teamId != null && teamId.equals(customerTeamId));
    }

    /**
     * The predicate for SQL on a customer table aliased {@code alias}, with named parameters
     * {@code :scopeOwner} / {@code :scopeTeam}; see {@link #bind(java.util.Map)}.
     */
    public String sql(String alias) {
        if (all) {
            return "true";
        }
        return ownerId != null ? alias + ".owner_id = :scopeOwner" : alias + ".team_id = :scopeTeam";
    }

    public void bind(java.util.Map<String, Object> parameters) {
        parameters.put("scopeOwner", ownerId);
        parameters.put("scopeTeam", teamId);
    }
}
