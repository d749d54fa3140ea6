package org.idic.crm.web.security;

import org.idic.crm.domain.user.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with the throttle in front: a locked username is refused before its
 * password is even checked. Whether an account is disabled is only told to someone who knows its
 * password, so that the answer to a wrong password never depends on the account.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.delegate.setPreAuthenticationChecks(user -> {
        });
        this.delegate.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var lockedUntil = throttle.lockedUntil(authentication.getName(), address(authentication));
        if (lockedUntil.isPresent()) {
            throw new LoginThrottledException(lockedUntil.get());
        }
        return delegate.authenticate(authentication);
    }

    /** The client address the sign-in came from (behind a proxy: see server.forward-headers-strategy). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
