package org.idic.crm.segmentation.cli;

/** The --help texts. */
final class Help {

    static final String GLOBAL = """
            Usage: java -jar crm-segmentation-cli.jar COMMAND [OPTIONS]

            Customer value scoring of the IDIC CRM engine: RFM, ABC, pyramid, CLV (BG/NBD + Gamma-Gamma),
            value tiers (MVC/MGC/Maintain/BZ), lifecycle stage and relationship.

            Commands:
              fit         fit BG/NBD (and Gamma-Gamma) to a per-customer summary and print the model as JSON
              score       score every customer of a transaction log and write one CSV row per customer
              benchmark   time every stage on 1,000,000 simulated customers (run with -Xmx1g)

            Run 'java -jar crm-segmentation-cli.jar COMMAND --help' for the options of a command.
            Exit status: 0 success, 2 bad input or usage (each problem printed as FILE:LINE: message,
            no output file written), 1 unexpected error.
            """;

    static final String FIT = """
            Usage: java -jar crm-segmentation-cli.jar fit --summary FILE [--model-out FILE]

            Fits the BG/NBD model by maximum likelihood, and the Gamma-Gamma spend model when the file has
            a monetary column (on rows with frequency >= 1 and a positive monetary value).

            Options:
              --summary FILE     CSV with a header and one row per customer:
                                   frequency,recency,T    (the lifetimes names), or
                                   x,t_x,T                (the Fader-Hardie names);
                                 optional monetary_value or zbar (mean repeat-purchase amount).
                                 frequency = repeat purchases (whole number >= 0); recency = time from
                                 first to last purchase; T = time from first purchase to the end of the
                                 period (0 <= recency <= T, any one time unit). An ID or customer_id
                                 column, and any other column, is ignored.
              --model-out FILE   write the model JSON here instead of standard output:
                                 {"bgnbd":{"r","alpha","a","b","logLikelihood","converged"},
                                  "gammaGamma":{"p","q","v","logLikelihood"}}
              --help             this text
            """;

    static final String SCORE = """
            Usage: java -jar crm-segmentation-cli.jar score --transactions FILE --as-of YYYY-MM-DD --out FILE
                   [--settings FILE.json] [--model-out FILE] [--time-unit days|weeks]
                   [--service-costs FILE] [--wallets FILE]

            Scores every customer as of a date and writes one CSV row per customer with the columns
              customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,rfm_segment,
              abc_class,pyramid_level,historic_value,p_alive,expected_purchases_horizon,expected_avg_value,
              predicted_clv,current_value,future_value,growth_potential,tier,value_quadrant,
              lifecycle_stage,relationship,clv_model
            (empty cells mean "not applicable", e.g. p_alive under the retention fallback).

            Options:
              --transactions FILE  CSV customer_id,date,amount[,cost], one completed order per row, ISO
                                   dates (a time after 'T' or a space is ignored). customer_id is a whole
                                   number; amount and cost are >= 0; an empty cost means "no cost known"
                                   (margin = amount x defaultMarginRate). The names CustomerID,
                                   InvoiceDate and TotalPrice are accepted too; other columns are ignored.
                                   Orders after --as-of are ignored.
              --as-of DATE         the reference date (YYYY-MM-DD)
              --out FILE           the output CSV (written only if the whole run succeeds)
              --settings FILE      settings JSON; properties left out keep their defaults (see the docs,
                                   docs/segmentation-cli.md, for every field)
              --model-out FILE     also write the run report as JSON: model used, fallback reason,
                                   fitted parameters, value-matrix thresholds, timings
              --time-unit UNIT     days or weeks: the BG/NBD time unit (overrides the settings)
              --service-costs FILE CSV customer_id plus amount (money) or channel (one interaction:
                                   VISIT, PHONE, EMAIL, LETTER, WEBSITE, INSTANT_MESSAGE, MEETING, EVENT,
                                   or COMPLAINT, costed from the settings), optional date; rows dated
                                   outside the analysis window are ignored
              --wallets FILE       CSV customer_id,amount: estimated annual category spend (share of wallet)
              --help               this text
            """;

    static final String BENCHMARK = """
            Usage: java -Xmx1g -jar crm-segmentation-cli.jar benchmark [--customers N] [--seed N] [--dir DIR]

            Generates N simulated customers (default 1,000,000) from known BG/NBD and Gamma-Gamma
            parameters and prints, per stage, wall time and peak heap: ABC + pyramid + RFM, BG/NBD fit,
            Gamma-Gamma fit, CLV for everyone, tiers + lifecycle, and the whole score command on a CSV
            transaction log written to a temporary file first. With --dir the generated files are written
            there and kept (to time the score command again in a fresh JVM); otherwise they go to the
            system temp directory and are deleted.
            """;

    private Help() {
    }
}
