package org.idic.crm.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.user.UserView;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the web layer sees them: who they are, their role and their team. */
public final class CrmUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserView view;
    private String passwordHash;

    CrmUser(UserView view, String passwordHash) {
        this.view = view;
        this.passwordHash = passwordHash;
    }

    public Long id() {
        return view.id();
    }

    public Role role() {
        return view.role();
    }

    public Long teamId() {
        return view.teamId();
    }

    public String teamName() {
        return view.teamName();
    }

    public String displayName() {
        return view.displayName();
    }

    public String locale() {
        return view.locale();
    }

    public UserView view() {
        return view;
    }

    /** The same session, with the user's current data (role, team, language) from the database. */
    CrmUser refreshedWith(UserView current) {
        return new CrmUser(current, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(view.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return view.username();
    }

    @Override
    public boolean isEnabled() {
        return view.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrmUser other && other.view.id().equals(view.id());
    }

    @Override
    public int hashCode() {
        return view.id().hashCode();
    }

    @Override
    public String toString() {
        return "CrmUser[" + view.username() + ", " + view.role() + "]";
    }
}
