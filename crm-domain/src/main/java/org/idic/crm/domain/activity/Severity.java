package org.idic.crm.domain.activity;

import java.time.Duration;

/** How serious a complaint is, and so how soon it must be closed. */
public enum Severity {
    LOW(Duration.ofDays(14)), MEDIUM(Duration.ofDays(7)), HIGH(Duration.ofDays(3)), CRITICAL(Duration.ofDays(1));

    private final Duration timeToClose;

    Severity(Duration timeToClose) {
        this.timeToClose = timeToClose;
    }

    public Duration timeToClose() {
        return timeToClose;
    }
}
