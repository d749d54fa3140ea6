/**
 * Shared kernel: the user accounts and teams, signing in (throttled), the first users of a new database.
 * Other modules see users as {@link org.idic.crm.domain.user.UserView} through
 * {@link org.idic.crm.domain.user.UserAccounts} and refer to them by id.
 * Tables: app_user, team, login_failure, login_lock, login_known_address, user_list_columns, saved_view (a user's saved views of a list).
 */
@ApplicationModule(displayName = "Users (shared kernel)")
package org.idic.crm.domain.user;

import org.springframework.modulith.ApplicationModule;
