package org.idic.crm.segmentation.clv;

/** Why a run fell back to the retention model. {@link #code()} is the stable explanation key. */
public enum FallbackReason {
    /** Fewer customers with purchases than minCustomersForModel. */
    TOO_FEW_CUSTOMERS("clv.fallback.tooFewCustomers"),
    /** The BG/NBD maximum-likelihood fit did not converge. */
    BG_NBD_NOT_CONVERGED("clv.fallback.bgNbdNotConverged"),
    /** No customer with a repeat purchase of positive amount to fit Gamma-Gamma on. */
    GAMMA_GAMMA_NO_REPEAT_BUYERS("clv.fallback.gammaGammaNoRepeatBuyers"),
    /** The Gamma-Gamma fit did not converge. */
    GAMMA_GAMMA_NOT_CONVERGED("clv.fallback.gammaGammaNotConverged"),
    /** Gamma-Gamma fitted q ≤ 1: the expected spend of a customer without repeat purchases is infinite. */
    GAMMA_GAMMA_NO_FINITE_MEAN("clv.fallback.gammaGammaNoFiniteMean"),
    /** The fitted models gave a non-finite CLV for some customer. */
    PREDICTION_NOT_FINITE("clv.fallback.predictionNotFinite");

    private final String code;

    FallbackReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
