package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The minimum distribution time is the largest of its three terms, computed by hand here. */
class KumarRossBoundTest {

    @Test
    void aggregateUploadTermDominatesALargeCrowd() {
        // F = 100, u_s = 10, uploads 1 + 1 + 2, d_min = 5: terms 10, 20 and 3 x 100 / 14 = 21.43.
        assertEquals(300.0 / 14, KumarRossBound.seconds(100, 10, new double[] {1, 1, 2}, 5), 1e-12);
    }

    @Test
    void slowestDownloaderDominates() {
        // F = 100, u_s = 50, uploads 100 + 100, d_min = 2: terms 2, 50 and 2 x 100 / 250 = 0.8.
        assertEquals(50, KumarRossBound.seconds(100, 50, new double[] {100, 100}, 2), 1e-12);
    }

    @Test
    void serverDominatesWhenItIsTheBottleneck() {
        // F = 100, u_s = 1, one peer of upload 1000 and download 1000: terms 100, 0.1 and 100 / 1001.
        assertEquals(100, KumarRossBound.seconds(100, 1, new double[] {1000}, 1000), 1e-12);
    }

    @Test
    void rejectsAnEmptyCrowdAndNonPositiveCapacities() {
        assertThrows(IllegalArgumentException.class, () -> KumarRossBound.seconds(100, 1, new double[0], 1));
        assertThrows(IllegalArgumentException.class, () -> KumarRossBound.seconds(100, 0, new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class, () -> KumarRossBound.seconds(100, 1, new double[] {1}, 0));
    }
}
