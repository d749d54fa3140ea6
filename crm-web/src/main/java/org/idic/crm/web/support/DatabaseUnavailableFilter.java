package org.idic.crm.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

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

    private final MessageSource messages;

    DatabaseUnavailableFilter(MessageSource messages) {
        this.messages = messages;
    }

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
            page(request, response);
        }
    }

    /**
     * The page is written here, not by the error dispatch: that would need the session, which lives in
     * the database too. The language comes from the browser for the same reason; the texts are the
     * messages of error/503.
     */
    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() != null && "zh".equals(request.getLocale().getLanguage())
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale));
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String context = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + context
                + "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-5\">"
                + "<h1 class=\"h3\">" + title + "</h1><p class=\"lead\">" + text + "</p><p><a class=\"btn "
                + "btn-primary\" href=\"" + context + "/\">" + home + "</a></p></main></body></html>\n");
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
                    || t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedByThePool(sql))) {
                found = t;
            }
        }
        return found;
    }

    /**
     * The pool's own "Connection is closed" (HikariCP gives it no SQL state): what a transaction's rollback
     * gets when the server ended the connection under it ("terminating connection due to administrator
     * command"), and what then reaches this filter in place of that first failure.
     */
    private static boolean closedByThePool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** Connection exceptions (08), the server shutting down or starting (57P01..57P03). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
