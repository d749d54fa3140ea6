package org.idic.crm.segmentation.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CDNOW 39-week calibration summary (2,357 customers, weeks) from the test resources. */
record CdnowSummary(double[] x, double[] tx, double[] t, double[] zbar) {

    static CdnowSummary load() {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CdnowSummary.class.getResourceAsStream("/cdnow_customers_summary_with_transactions.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        CdnowSummary s = new CdnowSummary(new double[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            s.x[i] = rows.get(i)[0];
            s.tx[i] = rows.get(i)[1];
            s.t[i] = rows.get(i)[2];
            s.zbar[i] = rows.get(i)[3];
        }
        return s;
    }
}
