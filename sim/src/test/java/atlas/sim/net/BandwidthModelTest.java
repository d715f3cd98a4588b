package atlas.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.engine.Engine;
import atlas.sim.engine.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the bandwidth model: no capacity is ever exceeded, capacity is shared fairly, every byte
 * sent arrives, and the per-node copies of flow values the model computes from agree with the flows.
 */
class BandwidthModelTest {
    private static final double TOLERANCE = 1e-6;
    private final Engine engine = new Engine();
    private final BandwidthModel model = new BandwidthModel(engine, 0);

    @Test
    void oneFlowRunsAtTheSmallerOfUploadAndDownload() {
        Node a = model.node(1000, 8000);
        Node b = model.node(500, 300);
        long[] done = {-1};
        Flow f = model.flow(a, b, (flow, bytes) -> done[0] = engine.now());
        model.send(f, 3000);
        assertEquals(300, f.rate(), TOLERANCE);
        engine.run(Long.MAX_VALUE);
        assertEquals(10_000_000, done[0]);
    }

    @Test
    void anUploaderSharesEquallyAndGivesWhatASlowDownloaderCannotTakeToTheOthers() {
        Node up = model.node(900, 900);
        Node slow = model.node(100, 100);
        Node fast1 = model.node(100, 10_000);
        Node fast2 = model.node(100, 10_000);
        Flow toSlow = model.flow(up, slow, (f, b) -> { });
        Flow toFast1 = model.flow(up, fast1, (f, b) -> { });
        Flow toFast2 = model.flow(up, fast2, (f, b) -> { });
        model.send(toSlow, 1_000_000);
        model.send(toFast1, 1_000_000);
        model.send(toFast2, 1_000_000);
        assertEquals(100, toSlow.rate(), TOLERANCE);
        assertEquals(400, toFast1.rate(), TOLERANCE);
        assertEquals(400, toFast2.rate(), TOLERANCE);
    }

    @Test
    void aFastSendersFlowTakesTheDownloadCapacitySlowSendersLeave() {
        Node down = model.node(10, 1000);
        List<Flow> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Flow f = model.flow(model.node(30, 10_000), down, (flow, b) -> { });
            model.send(f, 1_000_000);
            slow.add(f);
        }
        Flow fast = model.flow(model.node(5000, 10_000), down, (flow, b) -> { });
        model.send(fast, 1_000_000);
        for (Flow f : slow) {
            assertEquals(30, f.rate(), TOLERANCE);
        }
        assertEquals(880, fast.rate(), TOLERANCE);
    }

    @Test
    void aDownloaderSplitsItsCapacityEquallyAmongSendersThatCouldEachFillIt() {
        Node down = model.node(10, 900);
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Flow f = model.flow(model.node(5000, 10_000), down, (flow, b) -> { });
            model.send(f, 1_000_000);
            flows.add(f);
        }
        for (Flow f : flows) {
            assertEquals(300, f.rate(), TOLERANCE);
        }
    }

    @Test
    void weightsSplitAnUploadInProportion() {
        Node up = model.node(900, 900);
        Flow a = model.flow(up, model.node(1, 10_000), (f, b) -> { });
        Flow b = model.flow(up, model.node(1, 10_000), (f, bytes) -> { });
        model.send(a, 1_000_000);
        model.send(b, 1_000_000);
        model.setWeight(a, 2.0);
        assertEquals(600, a.rate(), TOLERANCE);
        assertEquals(300, b.rate(), TOLERANCE);
    }

    @Test
    void continuingFromTheListenerKeepsTheRateAndFinishesBackToBack() {
        Node a = model.node(1000, 1000);
        Node b = model.node(1000, 1000);
        List<Long> times = new ArrayList<>();
        int[] left = {3};
        Flow f = model.flow(a, b, (flow, bytes) -> {
            times.add(engine.now());
            if (--left[0] > 0) {
                model.send(flow, 1000);
            }
        });
        model.send(f, 1000);
        engine.run(Long.MAX_VALUE);
        assertEquals(List.of(1_000_000L, 2_000_000L, 3_000_000L), times);
        assertEquals(0, f.rate());
    }

    @Test
    void stoppingReportsTheBytesAlreadySent() {
        Node a = model.node(1000, 1000);
        Node b = model.node(1000, 1000);
        Flow f = model.flow(a, b, (flow, bytes) -> { });
        model.send(f, 10_000);
        engine.schedule(2_500_000, 0, () -> assertEquals(2500, model.stop(f)));
        engine.run(Long.MAX_VALUE);
        assertEquals(0, f.rate());
    }

    /** Random swarms of nodes and flows that start, finish, continue and stop at random. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99, 2024, 31337})
    void noCapacityIsEverExceededAndEveryByteSentArrives(long seed) {
        UniformRandomProvider random = new RandomStreams(seed).stream(RandomStreams.Purpose.CAPACITIES);
        int nodes = 30;
        List<Node> all = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            all.add(model.node(1_000 + random.nextInt(100_000), 5_000 + random.nextInt(500_000)));
        }
        long[] sent = new long[nodes];
        long[] received = new long[nodes];
        long[] started = {0};
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int from = random.nextInt(nodes);
            int to = (from + 1 + random.nextInt(nodes - 1)) % nodes;
            Flow f = model.flow(all.get(from), all.get(to), (flow, bytes) -> {
                sent[from] += bytes;
                received[to] += bytes;
                if (random.nextInt(3) > 0) {
                    started[0] += 16_384;
                    model.send(flow, 16_384);
                }
                assertInvariants(all);
            });
            flows.add(f);
        }
        for (int step = 0; step < 3000; step++) {
            long at = engine.now() + random.nextInt(200_000);
            Flow f = flows.get(random.nextInt(flows.size()));
            int action = random.nextInt(4);
            engine.schedule(at, 1, () -> {
                if (action == 0 && f.isActive()) {
                    long partial = model.stop(f);
                    sent[all.indexOf(f.from())] += partial;
                    received[all.indexOf(f.to())] += partial;
                } else if (action == 1) {
                    model.setWeight(f, 0.5 + random.nextDouble() * 2);
                } else if (!f.isActive()) {
                    int bytes = 1 + random.nextInt(100_000);
                    started[0] += bytes;
                    model.send(f, bytes);
                }
                assertInvariants(all);
            });
            engine.run(at);
        }
        for (Flow f : flows) {
            long partial = model.stop(f);
            sent[all.indexOf(f.from())] += partial;
            received[all.indexOf(f.to())] += partial;
        }
        long totalSent = 0;
        long totalReceived = 0;
        for (int i = 0; i < nodes; i++) {
            totalSent += sent[i];
            totalReceived += received[i];
        }
        assertEquals(totalSent, totalReceived);
        assertTrue(totalSent > 0 && totalSent <= started[0], "moved " + totalSent + " of " + started[0] + " bytes given");
    }

    private static void assertInvariants(List<Node> nodes) {
        for (Node n : nodes) {
            assertTrue(n.uploadRate() <= n.upload() * (1 + TOLERANCE), "upload capacity exceeded");
            assertTrue(n.downloadRate() <= n.download() * (1 + TOLERANCE), "download capacity exceeded");
            assertSlotsAgree(n);
        }
    }

    /** Each active flow's slots point at each other, and both ends hold its current values. */
    private static void assertSlotsAgree(Node n) {
        for (int s = 0; s < n.outCount; s++) {
            Flow f = n.out[s];
            assertEquals(s, f.outIndex);
            assertSame(f.to, n.outTo[s]);
            int in = n.outInSlot[s];
            assertSame(f, f.to.in[in]);
            assertEquals(s, f.to.inOutSlot[in]);
            assertSame(n, f.to.inFrom[in]);
            assertEquals(f.weight, n.outShare[s * Node.OUT_STRIDE + Node.WEIGHT]);
            assertEquals(f.rate, n.outShare[s * Node.OUT_STRIDE + Node.RATE]);
            assertEquals(f.to.inShare[in * Node.IN_STRIDE + Node.IN_CEILING], n.outShare[s * Node.OUT_STRIDE + Node.OUT_CEILING]);
        }
        for (int s = 0; s < n.inCount; s++) {
            assertEquals(s, n.in[s].inIndex);
        }
    }
}
