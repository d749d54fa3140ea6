package org.idic.crm.domain.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The Pareto bins are defined once: Java and PostgreSQL bin every revenue alike. */
@SpringBootTest
@WithTestDatabase
class ParetoBinsTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void javaAndSqlPutEveryRevenueInTheSameBin() {
        List<Double> revenues = new ArrayList<>(List.of(0.0, -5.0, 0.01, 1.0, 1.04, 25.0, 1e7));
        SplittableRandom random = new SplittableRandom(20261206L);
        for (int i = 0; i < 2000; i++) {
            revenues.add(Math.round(Math.exp(random.nextDouble(-3, 16)) * 100) / 100.0);
        }
        for (int k = -20; k <= 400; k += 7) {
            // on a bin's lower edge, and on either side of it by the least amount money can differ
            double edge = Math.round(Math.exp(k * ParetoBins.STEP) * 100) / 100.0;
            revenues.addAll(List.of(edge, edge - 0.01, edge + 0.01));
        }
        List<String> sql = jdbc.queryForList("select " + ParetoBins.sql("r") + " from unnest(cast(:revenues as"
                + " float8[])) with ordinality t(r, n) order by n", Map.of("revenues", revenues.toArray(Double[]::new),
                ParetoBins.STEP_PARAMETER, ParetoBins.STEP), String.class);

        assertThat(sql).containsExactlyElementsOf(revenues.stream().map(ParetoBins::bin).toList());
        assertThat(sql).contains(ParetoBins.NONE, "0", "1");
    }
}
