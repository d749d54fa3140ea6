package org.idic.crm.segmentation.abc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ceil(share · n) in exact decimal arithmetic. Binary floating point gets it wrong at exact
 * multiples (0.07 · 100 = 7.000000000000001 in doubles, whose ceiling is 8); SQL numeric, which the
 * application may use, gets it right, and both must agree.
 */
public final class CountShares {

    private CountShares() {
    }

    /** ceil(share · n), computed on the shortest decimal form of {@code share}. */
    public static int ceil(double share, int n) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
