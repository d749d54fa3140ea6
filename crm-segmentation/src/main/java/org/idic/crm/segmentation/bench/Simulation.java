package org.idic.crm.segmentation.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.idic.crm.segmentation.facts.FactsSummarizer;

/**
 * Simulated customers for the benchmark: acquisition spread over three years, purchases from BG/NBD
 * with the CDNOW estimates (weeks), amounts from Gamma-Gamma with the CDNOW estimates, a cost on 70%
 * of orders, a service cost on 30% of customers. Every order is both written to the CSV log and
 * added to a summarizer, so the in-memory and the CSV paths see the same data.
 */
final class Simulation {

    private static final double R = 0.243;
    private static final double ALPHA = 4.414;
    private static final double A = 0.793;
    private static final double B = 2.426;
    private static final double P = 6.25;
    private static final double Q = 3.74;
    private static final double V = 15.45;
    private static final int HISTORY_DAYS = 3 * 365;

    private final SplittableRandom random;
    private final int asOf;
    long orders;

    Simulation(long seed, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.asOf = Math.toIntExact(asOf.toEpochDay());
    }

    void generate(int customers, FactsSummarizer facts, BufferedWriter orderLog, BufferedWriter costLog) throws IOException {
        orderLog.write("customer_id,date,amount,cost\n");
        costLog.write("customer_id,amount\n");
        StringBuilder line = new StringBuilder(64);
        for (int c = 0; c < customers; c++) {
            long id = 1_000_000L + c;
            int first = asOf - random.nextInt(HISTORY_DAYS);
            double lambda = gamma(R) / ALPHA / 7; // per day
            double ga = gamma(A);
            double dropout = ga / (ga + gamma(B));
            double nu = gamma(Q) / V;
            double t = 0;
            int day = first;
            while (day <= asOf) {
                double amount = Math.round(gamma(P) / nu * 100) / 100.0;
                double cost = random.nextDouble() < 0.7 ? Math.round(amount * (0.5 + 0.3 * random.nextDouble()) * 100) / 100.0
                        : Double.NaN;
                facts.addOrder(id, day, amount, cost);
                line.setLength(0);
                line.append(id).append(',').append(LocalDate.ofEpochDay(day)).append(',').append(amount).append(',');
                if (!Double.isNaN(cost)) {
                    line.append(cost);
                }
                orderLog.append(line).append('\n');
                orders++;
                if (t > 0 && random.nextDouble() < dropout) {
                    break;
                }
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (first + t > asOf + 1) { // in doubles: a slow buyer's next purchase may be ages away
                    break;
                }
                day = first + (int) t;
            }
            if (random.nextDouble() < 0.3) {
                double cost = Math.round(random.nextDouble() * 200 * 100) / 100.0;
                facts.addServiceCost(id, FactsSummarizer.UNDATED, cost);
                costLog.append(Long.toString(id)).append(',').append(Double.toString(cost)).append('\n');
            }
        }
    }

    /** Gamma(shape, 1) by Marsaglia &amp; Tsang. */
    private double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            double v = 1 + c * z;
            if (v > 0) {
                v = v * v * v;
                if (Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                    return d * v;
                }
            }
        }
    }
}
