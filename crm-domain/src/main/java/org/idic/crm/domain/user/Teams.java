package org.idic.crm.domain.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.internal.Team;
import org.idic.crm.domain.user.internal.TeamRepository;
import org.idic.crm.domain.user.internal.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create, rename and (when nobody is in it) delete teams. */
@Service
@Transactional
public class Teams {

    static final String ENTITY = "team";

    private final TeamRepository teams;
    private final UserRepository users;
    private final UserAdministration administration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Teams(TeamRepository teams, UserRepository users, UserAdministration administration,
            ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.users = users;
        this.administration = administration;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeamView> all() {
        var everyone = users.findAllWithTeams();
        return teams.findAllByName().stream().map(t -> new TeamView(t.getId(), t.getName(), t.getVersion(),
                everyone.stream().filter(u -> u.isEnabled() && u.getTeam() != null
                        && u.getTeam().getId().equals(t.getId())).count(),
                everyone.stream().filter(u -> u.isEnabled() && u.getRole() == Role.MANAGER && u.getTeam() != null
                        && u.getTeam().getId().equals(t.getId())).count()))
                .toList();
    }

    public Long create(Actor actor, String name) {
        administration.requireAdmin(actor, null, "create a team");
        requireFreeName(Team.requireName(name), null);
        Team team = new Team(name);
        teams.saveAndFlush(team);
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, team.getId(),
                Changes.of(Map.of("name", team.getName())), clock.instant()));
        return team.getId();
    }

    public void rename(Actor actor, Long id, long version, String name) {
        administration.requireAdmin(actor, id, "rename a team");
        Team team = find(id);
        ConcurrentEditException.check(ENTITY, id, version, team.getVersion());
        String before = team.getName();
        // checked before the change: the query would otherwise flush the new name into the unique index first
        requireFreeName(Team.requireName(name), id);
        team.rename(name);
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(Map.of("name", before), Map.of("name", team.getName())), clock.instant()));
    }

    /** Only a team nobody belongs to (disabled members included: their history names the team). */
    public void delete(Actor actor, Long id) {
        administration.requireAdmin(actor, id, "delete a team");
        Team team = find(id);
        if (users.countByTeamId(id) > 0) {
            throw new RuleViolationException(null, "team.notEmpty");
        }
        events.publishEvent(Audited.of(actor, AuditAction.DELETE, ENTITY, id,
                Changes.of(Map.of("name", team.getName())), clock.instant()));
        teams.delete(team);
    }

    private void requireFreeName(String name, Long self) {
        teams.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new RuleViolationException("name", "team.name.taken");
        });
    }

    private Team find(Long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
