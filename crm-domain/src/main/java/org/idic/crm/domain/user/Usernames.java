package org.idic.crm.domain.user;

import java.util.Locale;

/**
 * The one rule for telling usernames apart: surrounding spaces do not count and neither does case, so
 * {@code REP3}, {@code  rep3} and {@code rep3} are one user for signing in, for the throttle and for
 * uniqueness.
 */
public final class Usernames {

    /** The longest text the throttle keeps for a typed username (longer ones are cut). */
    static final int MAX_KEY = 200;

    private Usernames() {
    }

    /** The comparison key of a typed username: stripped and lower-cased (never null). */
    public static String key(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
