package org.idic.crm.domain.segmentation;

/** What started a run: a person on the runs page, the schedule, or the command line. */
public enum RunTrigger {
    MANUAL, SCHEDULE, COMMAND
}
