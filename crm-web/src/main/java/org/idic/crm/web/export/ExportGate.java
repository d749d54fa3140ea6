package org.idic.crm.web.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds the downloads being prepared at once, in all and per user ({@link ExportProperties}), so that
 * long exports cannot take every database connection from the pages. One beyond the bound is not queued
 * (a queued download would still hold a request thread and make the browser wait): it gets the "busy,
 * try again" page at once, 429 when the user already has their share running, 503 when the instance has
 * (both with {@code Retry-After}). Every export URL is registered here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
class ExportGate implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ExportGate.class);
    private static final String HELD = ExportGate.class.getName() + ".held";

    private final ExportProperties limits;
    private final Semaphore all;
    private final ConcurrentMap<String, AtomicInteger> perUser = new ConcurrentHashMap<>();

    ExportGate(ExportProperties limits) {
        this.limits = limits;
        this.all = new Semaphore(limits.maxConcurrent());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // every download (a new export URL is added here): the customer list's, the reports', the complaint list's,
        // the audit trail's and an import's rejected rows (which checks the whole file again)
        registry.addInterceptor(this).addPathPatterns("/customers/export", "/reports/*/export", "/complaints/export",
                "/audit/export", "/imports/*/rejected");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String user = request.getRemoteUser() == null ? "" : request.getRemoteUser();
        AtomicInteger mine = perUser.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > limits.maxPerUser()) {
            mine.decrementAndGet();
            return busy(request, response, 429, user + " already has " + limits.maxPerUser() + " running");
        }
        if (!all.tryAcquire()) {
            mine.decrementAndGet();
            return busy(request, response, 503, limits.maxConcurrent() + " are running");
        }
        request.setAttribute(HELD, user);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getAttribute(HELD) instanceof String user) {
            request.removeAttribute(HELD);
            perUser.get(user).decrementAndGet();
            all.release();
        }
    }

    private static boolean busy(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws java.io.IOException {
        log.warn("Refused the download {} ({}): {}", request.getRequestURI(), status, why);
        response.setHeader("Retry-After", "30");
        request.setAttribute("crmBusy", true);
        response.sendError(status);
        return false;
    }
}
