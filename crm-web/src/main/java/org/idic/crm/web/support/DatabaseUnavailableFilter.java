package org.idic.crm.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down (stopped, restarting, unreachable) every page answers at once with the
 * "temporarily unavailable" page (503, {@code Retry-After}), in the user's language, instead of a
 * server error: the pool gives up after its short connection timeout, and whatever layer noticed
 * (a filter reading the signed-in user, a controller, a transaction) the failure ends up here. One WARN
 * line per request, no stack trace; the pool reconnects by itself when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = connectionFailure(e);
            if (cause == null || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: the database is unavailable ({}); answered 503", request.getMethod(),
                    request.getRequestURI(), cause.toString());
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * The connection failure in the chain of causes (the innermost, which says what happened: "request
     * timed out after 2001ms", "Connection refused"), or null if this is another failure.
     */
    static Throwable connectionFailure(Throwable e) {
        Throwable found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                found = t;
            }
        }
        return found;
    }

    /** Connection exceptions (08), the server shutting down or starting (57P01..57P03). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
