package atlas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Guards the engine's ordering contract (time, then priority, then scheduling order) and its timers. */
class EngineTest {
    private final Engine engine = new Engine();
    private final List<String> fired = new ArrayList<>();

    private Event log(String name) {
        return () -> fired.add(name + "@" + engine.now());
    }

    @Test
    void firesInTimeThenPriorityThenInsertionOrder() {
        engine.schedule(20, 0, log("late"));
        engine.schedule(10, 2, log("low-priority"));
        engine.schedule(10, 1, log("first-of-priority-1"));
        engine.schedule(10, 1, log("second-of-priority-1"));
        engine.schedule(5, 9, log("earliest"));
        engine.run(Long.MAX_VALUE);
        assertEquals(List.of("earliest@5", "first-of-priority-1@10", "second-of-priority-1@10", "low-priority@10", "late@20"), fired);
    }

    @Test
    void cancelledTimerNeverFires() {
        Timer a = engine.timer(log("a"), 0);
        Timer b = engine.timer(log("b"), 0);
        a.schedule(10);
        b.schedule(20);
        a.cancel();
        assertFalse(a.isScheduled());
        engine.run(Long.MAX_VALUE);
        assertEquals(List.of("b@20"), fired);
    }

    @Test
    void reschedulingMovesTheTimerAndCountsAsANewInsertion() {
        Timer a = engine.timer(log("a"), 0);
        engine.schedule(10, 0, log("b"));
        a.schedule(5);
        a.schedule(10);
        engine.run(Long.MAX_VALUE);
        assertEquals(List.of("b@10", "a@10"), fired);
    }

    @Test
    void runStopsAtTheHorizonWithTheClockThere() {
        engine.schedule(10, 0, log("in"));
        engine.schedule(30, 0, log("out"));
        engine.run(20);
        assertEquals(List.of("in@10"), fired);
        assertEquals(20, engine.now());
        assertEquals(1, engine.pending());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEvent() {
        engine.schedule(10, 0, engine::stop);
        engine.schedule(10, 1, log("after-stop"));
        engine.run(Long.MAX_VALUE);
        assertTrue(fired.isEmpty());
        assertEquals(10, engine.now());
    }

    @Test
    void aStopBeforeTheRunMeansTheRunFiresNothing() {
        engine.schedule(10, 0, log("never"));
        engine.stop();
        engine.run(Long.MAX_VALUE);
        assertTrue(fired.isEmpty());
    }

    @Test
    void schedulingInThePastIsRejected() {
        engine.schedule(10, 0, () -> engine.schedule(5, 0, log("past")));
        assertThrows(IllegalArgumentException.class, () -> engine.run(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void randomSchedulesCancelsAndMovesFireOnceEachInOrder(long seed) {
        UniformRandomProvider random = new RandomStreams(seed).stream(RandomStreams.Purpose.ARRIVALS);
        List<long[]> seen = new ArrayList<>();
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Timer[] self = new Timer[1];
            self[0] = engine.timer(() -> seen.add(new long[] {engine.now(), self[0].priority, self[0].sequence}), random.nextInt(3));
            timers.add(self[0]);
        }
        for (int step = 0; step < 10_000; step++) {
            Timer t = timers.get(random.nextInt(timers.size()));
            if (random.nextInt(4) == 0) {
                t.cancel();
            } else {
                t.schedule(random.nextInt(1000));
            }
        }
        long stillScheduled = timers.stream().filter(Timer::isScheduled).count();
        engine.run(Long.MAX_VALUE);
        assertEquals(stillScheduled, seen.size());
        for (int i = 1; i < seen.size(); i++) {
            long[] a = seen.get(i - 1);
            long[] b = seen.get(i);
            assertTrue(a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2]))),
                    "out of order at " + i);
        }
    }
}
