package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry stores RunSucceeded as JSON (as Spring Modulith's Jackson serializer
 * writes it): the run's ids only, never the million scores that travel with it in memory, and read back
 * for handling again without them.
 */
class RunSucceededTest {

    final JsonMapper json = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    @Test
    void theRegistryKeepsTheRunsIdsAndNotItsScores() {
        ScoredRun scores = new ScoredRun(7L, null, null, new long[] {11, 12}, new boolean[] {true, false},
                new String[][] {{"vip"}, {}});

        String stored = json.writeValueAsString(new RunSucceeded(7L, 6L, scores));

        assertThat(stored).isEqualTo("{\"runId\":7,\"previousRunId\":6}");
        assertThat(json.readValue(stored, RunSucceeded.class)).isEqualTo(new RunSucceeded(7L, 6L, null));
    }
}
