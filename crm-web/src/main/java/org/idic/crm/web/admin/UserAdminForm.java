package org.idic.crm.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.user.UserForm;
import org.idic.crm.domain.user.UserView;

/** The user form of the administration pages (the username and password only count when creating). */
public class UserAdminForm {

    private String username;
    @NotBlank
    @Size(max = 120)
    private String displayName;
    @Size(max = 200)
    private String email;
    @NotNull
    private Role role;
    private Long teamId;
    private String locale;
    @Size(max = 128)
    private String oneTimePassword;
    private Long version;
    private Long successorId;

    static UserAdminForm of(UserView user, long version) {
        UserAdminForm form = new UserAdminForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.role = user.role();
        form.teamId = user.teamId();
        form.locale = user.locale();
        form.version = version;
        return form;
    }

    UserForm toDomain() {
        return new UserForm(username, displayName, email, role, role == Role.ADMIN ? null : teamId, locale,
                oneTimePassword);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void setOneTimePassword(String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }
}
