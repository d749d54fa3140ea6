package org.idic.crm.domain.segmentation;

/**
 * A preview is being computed already. Previews hold every customer's facts and scores in memory, like
 * a run, so they are computed one at a time; the administrator tries again a moment later.
 */
public class PreviewBusyException extends RuntimeException {

    public PreviewBusyException() {
        super("a preview of the segmentation settings is being computed already; try again in a moment");
    }
}
