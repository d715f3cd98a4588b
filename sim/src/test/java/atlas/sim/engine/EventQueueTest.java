package atlas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Comparator;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards that the queue pops exactly as a sorted set on (time, priority, sequence) does, through any mix of operations. */
class EventQueueTest {
    private static final Comparator<Timer> ORDER = Comparator.<Timer>comparingLong(t -> t.time)
            .thenComparingInt(t -> t.priority)
            .thenComparingLong(t -> t.sequence);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 42, 1234})
    void popsInTheSameOrderAsASortedSet(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Engine engine = new Engine();
        EventQueue queue = new EventQueue();
        TreeSet<Timer> reference = new TreeSet<>(ORDER);
        // Enough timers to outgrow the queue's first arrays; few times and priorities, so ties are
        // common; delays from microseconds to days, so timers live in every part of the queue.
        Timer[] timers = new Timer[1 + random.nextInt(5000)];
        for (int i = 0; i < timers.length; i++) {
            timers[i] = engine.timer(() -> { }, random.nextInt(4));
        }
        int horizon = 1 + random.nextInt(2000);
        long now = 0;
        long sequence = 0;
        for (int step = 0; step < 200_000; step++) {
            int op = random.nextInt(10);
            if (op < 6) {
                Timer t = timers[random.nextInt(timers.length)];
                boolean scheduled = t.isScheduled();
                if (scheduled) {
                    reference.remove(t);
                }
                t.time = now + ((long) random.nextInt(horizon) << (10 * random.nextInt(4)));
                t.sequence = sequence++;
                reference.add(t);
                if (scheduled) {
                    queue.update(t);
                } else {
                    queue.add(t);
                }
            } else if (op < 7) {
                Timer t = timers[random.nextInt(timers.length)];
                if (t.isScheduled()) {
                    reference.remove(t);
                    queue.remove(t);
                }
            } else if (!reference.isEmpty()) {
                Timer expected = reference.pollFirst();
                assertSame(expected, queue.peek(), "peek at step " + step);
                assertSame(expected, queue.poll(), "poll at step " + step);
                assertEquals(false, expected.isScheduled());
                now = expected.time;
            }
            assertEquals(reference.size(), queue.size(), "size at step " + step);
        }
        while (!reference.isEmpty()) {
            assertSame(reference.pollFirst(), queue.poll());
        }
        assertEquals(0, queue.size());
        for (Timer t : timers) {
            assertEquals(false, t.isScheduled());
        }
    }
}
