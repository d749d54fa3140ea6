package org.idic.crm.segmentation.clv;

import org.idic.crm.segmentation.settings.TimeUnit;

/**
 * Which CLV model a run used and why, with the fitted parameters.
 *
 * @param model              the model that produced predictedClv
 * @param fallbackReason     why the retention model was used; null when the BG/NBD model was
 * @param customers          customers with a purchase on or before asOf
 * @param minCustomers       minCustomersForModel in force
 * @param timeUnit           time unit of the BG/NBD fit (α is in it)
 * @param bgNbd              the BG/NBD fit, null when not attempted (too few customers)
 * @param gammaGamma         the Gamma-Gamma fit, null when not attempted
 */
public record ModelReport(ClvModel model, FallbackReason fallbackReason, int customers, int minCustomers,
                          TimeUnit timeUnit, BgNbdFit bgNbd, GammaGammaFit gammaGamma) {
}
