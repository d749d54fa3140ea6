package org.idic.crm.segmentation.clv;

/**
 * The outcome of a BG/NBD fit. The raw parameters are reported even when the fit did not converge
 * (for the run report); {@link #model()} is null then.
 *
 * @param model         the fitted model, or null when the optimiser did not converge
 * @param logLikelihood total log-likelihood at the reported parameters
 * @param iterations    optimiser iterations used
 * @param customers     total weight (number of customers) fitted
 */
public record BgNbdFit(BgNbd model, double r, double alpha, double a, double b, double logLikelihood,
                       boolean converged, int iterations, double customers) {
}
