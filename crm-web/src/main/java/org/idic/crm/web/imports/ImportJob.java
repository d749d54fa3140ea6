package org.idic.crm.web.imports;

import org.idic.crm.domain.imports.ImportProgress;

/**
 * A dry run or an import running in the background: how far it has come (polled by the progress page)
 * and whether the user cancelled it. A cancel is seen at the next progress report, and the domain then
 * rolls everything back. Public, with the accessors the progress page reads (templates reach only public
 * types).
 */
public final class ImportJob implements ImportProgress {

    public enum State { RUNNING, DONE, CANCELLED, FAILED }

    private final boolean dryRun;
    private final long total;
    private volatile State state = State.RUNNING;
    private volatile String step = "read";
    private volatile long done;
    private volatile boolean cancelRequested;
    private volatile String failureCode;
    private volatile Object[] failureArguments = new Object[0];

    ImportJob(boolean dryRun, long total) {
        this.dryRun = dryRun;
        this.total = total;
    }

    @Override
    public boolean proceed(String newStep, long rows) {
        step = newStep;
        done = rows;
        return !cancelRequested;
    }

    void cancel() {
        cancelRequested = true;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public String step() {
        return step;
    }

    public long done() {
        return done;
    }

    /** The rows of the file when known (an import knows them from its dry run), else 0. */
    public long total() {
        return total;
    }

    /** Percent for the progress bar: reading is the first half, checking and writing the second. */
    public int percent() {
        if (total <= 0) {
            return "read".equals(step) ? 0 : 50;
        }
        int read = (int) Math.min(50, done * 50 / total);
        return switch (step) {
            case "read" -> read;
            case "check" -> 55;
            case "write" -> 75;
            default -> 95;
        };
    }

    String failureCode() {
        return failureCode;
    }

    Object[] failureArguments() {
        return failureArguments.clone();
    }

    void finished(State end) {
        state = end;
    }

    void failed(String code, Object[] arguments) {
        failureCode = code;
        failureArguments = arguments.clone();
        state = State.FAILED;
    }
}
