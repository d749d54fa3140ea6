package org.idic.crm.app.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What went wrong in the browser since the last look: console errors and uncaught exceptions, Content
 * Security Policy violations (Chromium reports them on the console, and a listener the tab installs in
 * every page records them too), and failed requests from the network log (an error status, or a
 * request that did not complete). A page that is meant to answer with an error status (a conflict, a
 * bad request) is allowed that one status for its document.
 */
final class PageProblems {

    private static final Json JSON = new Json();

    private final ChromeDriver driver;
    private final Map<String, String> urls = new HashMap<>();

    PageProblems(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Reads (and so empties) the browser's logs; {@code documentStatus} is the status the page may have. */
    List<String> collect(Integer documentStatus) {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean expectedStatus = documentStatus != null
                    && message.contains("Failed to load resource: the server responded with a status of "
                        + documentStatus);
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !expectedStatus) {
                problems.add("console: " + message);
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            network(entry.getMessage(), documentStatus, problems);
        }
        Object recorded = driver.executeScript("var p = window.__crmProblems || []; window.__crmProblems = [];"
                + " return p;");
        if (recorded instanceof List<?> list) {
            list.forEach(p -> problems.add("page: " + p));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void network(String raw, Integer documentStatus, List<String> problems) {
        Map<String, Object> envelope = JSON.toType(raw, Map.class);
        Map<String, Object> message = (Map<String, Object>) envelope.get("message");
        String method = (String) message.get("method");
        Map<String, Object> params = (Map<String, Object>) message.get("params");
        if (method == null || params == null) {
            return;
        }
        switch (method) {
            case "Network.requestWillBeSent" -> urls.put((String) params.get("requestId"),
                    (String) ((Map<String, Object>) params.get("request")).get("url"));
            case "Network.responseReceived" -> {
                Map<String, Object> response = (Map<String, Object>) params.get("response");
                int status = ((Number) response.get("status")).intValue();
                boolean document = "Document".equals(params.get("type"));
                if (status >= 400 && !(document && documentStatus != null && status == documentStatus)) {
                    problems.add("request: " + response.get("url") + " answered " + status);
                }
            }
            case "Network.loadingFailed" -> {
                // a request the browser itself dropped (leaving a page while a poll was under way) is no failure
                if (!Boolean.TRUE.equals(params.get("canceled"))) {
                    problems.add("request: " + urls.getOrDefault((String) params.get("requestId"), "?") + " failed: "
                            + params.get("errorText"));
                }
            }
            default -> {
            }
        }
    }

    /** A listener for every page, installed before the page's own scripts run (a CSP cannot block it). */
    static final String RECORDER = """
            window.__crmProblems = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__crmProblems.push('CSP blocked ' + e.blockedURI + ' (' + e.violatedDirective + ')');
            });
            window.addEventListener('error', function (e) {
              window.__crmProblems.push('uncaught ' + (e.message || e.type));
            });
            window.addEventListener('unhandledrejection', function (e) {
              window.__crmProblems.push('unhandled rejection ' + e.reason);
            });""";
}
