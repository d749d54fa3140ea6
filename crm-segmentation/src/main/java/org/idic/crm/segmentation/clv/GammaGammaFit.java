package org.idic.crm.segmentation.clv;

/**
 * The outcome of a Gamma-Gamma fit.
 *
 * @param model     the fitted model, or null when there was nothing to fit or the fit did not converge
 * @param customers number (total weight) of customers the fit used (x ≥ 1, m_x &gt; 0)
 */
public record GammaGammaFit(GammaGamma model, double p, double q, double v, double logLikelihood,
                            boolean converged, int iterations, double customers) {
}
