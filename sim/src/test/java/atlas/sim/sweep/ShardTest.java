package atlas.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shards are disjoint and cover every run, and each scheduler's environment names the same slice as --shard. */
class ShardTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 50})
    void slicesAreDisjointAndCoverAllRuns(int count) {
        for (int run = 0; run < 200; run++) {
            int owners = 0;
            for (int i = 0; i < count; i++) {
                owners += new Shard(i, count).includes(run) ? 1 : 0;
            }
            assertEquals(1, owners, "run " + run + " of " + count + " shards");
        }
    }

    @Test
    void optionWinsOverTheEnvironment() {
        assertEquals(new Shard(1, 4), Shard.resolve("1/4", null, Map.of("SLURM_ARRAY_TASK_ID", "0",
                "SLURM_ARRAY_TASK_COUNT", "2")));
        assertEquals(Shard.ALL, Shard.resolve(null, null, Map.of()));
    }

    @Test
    void slurmArraysCountFromTheirFirstTask() {
        assertEquals(new Shard(2, 4), Shard.resolve(null, null, Map.of("SLURM_ARRAY_TASK_ID", "2",
                "SLURM_ARRAY_TASK_COUNT", "4")));
        assertEquals(new Shard(0, 4), Shard.resolve(null, null, Map.of("SLURM_ARRAY_TASK_ID", "1",
                "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "4")));
    }

    @Test
    void indexedJobsNeedACount() {
        assertEquals(new Shard(3, 5), Shard.resolve(null, 5, Map.of("JOB_COMPLETION_INDEX", "3")));
        assertEquals(new Shard(3, 5), Shard.resolve(null, null, Map.of("JOB_COMPLETION_INDEX", "3",
                "ATLAS_SHARD_COUNT", "5")));
        assertThrows(IllegalArgumentException.class, () -> Shard.resolve(null, null, Map.of("JOB_COMPLETION_INDEX", "3")));
    }

    @Test
    void badShardsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("-1/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/0"));
    }
}
