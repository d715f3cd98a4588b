package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Qiu and Srikant's steady state, against hand-computed values, and as a true equilibrium of the equations. */
class FluidModelTest {

    @Test
    void uploadConstrainedSteadyState() {
        // mu = 0.01, gamma = 0.02, eta = 1: 1/beta = 1/0.01 - 1/0.02 = 50 > 1/c = 10.
        FluidModel.SteadyState s = new FluidModel(1, 0.01, 0.1, 0, 0.02, 1).steadyState();
        assertEquals(FluidModel.Regime.UPLOAD_CONSTRAINED, s.regime());
        assertEquals(50, s.downloadSeconds(), 1e-9);
        assertEquals(50, s.leechers(), 1e-9);
        assertEquals(50, s.seeds(), 1e-9); // beta x / gamma = 0.02 x 50 / 0.02
    }

    @Test
    void sharingEfficiencyStretchesTheUploadConstrainedTime() {
        // eta = 0.5 doubles 1/beta to 100: x = 100, y = 0.01 x 100 / 0.02 = 50.
        FluidModel.SteadyState s = new FluidModel(1, 0.01, 0.1, 0, 0.02, 0.5).steadyState();
        assertEquals(100, s.downloadSeconds(), 1e-9);
        assertEquals(100, s.leechers(), 1e-9);
        assertEquals(50, s.seeds(), 1e-9);
    }

    @Test
    void downloadConstrainedSteadyStateWithAborts() {
        // gamma <= mu: beta = c = 0.02; T = 1 / (0.005 + 0.02) = 40; x = 2 x 40 = 80; y = 0.02 x 80 / 0.01 = 160.
        FluidModel.SteadyState s = new FluidModel(2, 0.05, 0.02, 0.005, 0.01, 1).steadyState();
        assertEquals(FluidModel.Regime.DOWNLOAD_CONSTRAINED, s.regime());
        assertEquals(40, s.downloadSeconds(), 1e-9);
        assertEquals(80, s.leechers(), 1e-9);
        assertEquals(160, s.seeds(), 1e-9);
    }

    @Test
    void fastSeedDepartureCanStillLeaveTheDownloadBinding() {
        // gamma > mu but (1/eta)(1/mu - 1/gamma) = 100 - 10 = 90 < 1/c = 200: download-constrained.
        FluidModel.SteadyState s = new FluidModel(1, 0.01, 0.005, 0, 0.1, 1).steadyState();
        assertEquals(FluidModel.Regime.DOWNLOAD_CONSTRAINED, s.regime());
        assertEquals(200, s.downloadSeconds(), 1e-9);
    }

    @RepeatedTest(50)
    void steadyStateZeroesBothDerivatives(RepetitionInfo repetition) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(repetition.getCurrentRepetition());
        double lambda = 0.01 + rng.nextDouble() * 10;
        double mu = 0.001 + rng.nextDouble() * 0.1;
        double c = 0.001 + rng.nextDouble() * 0.1;
        double theta = rng.nextBoolean() ? 0 : rng.nextDouble() * 0.01;
        double gamma = 0.001 + rng.nextDouble() * 0.1;
        double eta = 0.2 + rng.nextDouble() * 0.8;
        FluidModel.SteadyState s = new FluidModel(lambda, mu, c, theta, gamma, eta).steadyState();
        double x = s.leechers();
        double y = s.seeds();
        double served = Math.min(c * x, mu * (eta * x + y));
        double scale = lambda + served;
        assertEquals(0, (lambda - theta * x - served) / scale, 1e-9, "dx/dt");
        assertEquals(0, (served - gamma * y) / scale, 1e-9, "dy/dt");
        assertEquals(x / lambda, s.downloadSeconds(), 1e-9 * s.downloadSeconds(), "Little's law");
    }

    @Test
    void rejectsRatesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new FluidModel(0, 0.01, 0.1, 0, 0.02, 1));
        assertThrows(IllegalArgumentException.class, () -> new FluidModel(1, 0.01, 0.1, -1, 0.02, 1));
        assertThrows(IllegalArgumentException.class, () -> new FluidModel(1, 0.01, 0.1, 0, 0.02, 0));
    }
}
