package org.idic.crm.segmentation.math;

/** A smooth function of a few variables that computes its value and gradient in one pass. */
@FunctionalInterface
public interface DifferentiableFunction {

    /**
     * @param x        the point
     * @param gradient receives ∂f/∂xᵢ
     * @return f(x), or a non-finite value where f is undefined
     */
    double valueAndGradient(double[] x, double[] gradient);
}
