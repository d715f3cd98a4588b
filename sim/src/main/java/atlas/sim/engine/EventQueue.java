package atlas.sim.engine;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of timers ordered by (time, priority, sequence). Each timer knows its
 * slot, so cancelling or moving it is O(log n) without a search. The keys live in primitive
 * arrays beside the timers, so comparisons never touch the timer objects: in a big swarm the heap
 * holds millions of timers, and a comparison that follows a pointer is a cache miss. A 4-ary heap
 * is shallower than a binary one and its children share cache lines.
 */
final class EventQueue {
    /** Priority above the sequence in one long: sequences stay below 2^48, priorities below 2^15. */
    private static final int SEQUENCE_BITS = 48;

    private Timer[] timers = new Timer[1024];
    private long[] times = new long[1024];
    private long[] orders = new long[1024];
    private int size;

    static long order(int priority, long sequence) {
        return ((long) priority << SEQUENCE_BITS) | sequence;
    }

    int size() {
        return size;
    }

    Timer peek() {
        return size == 0 ? null : timers[0];
    }

    void add(Timer t) {
        if (size == timers.length) {
            timers = Arrays.copyOf(timers, size * 2);
            times = Arrays.copyOf(times, size * 2);
            orders = Arrays.copyOf(orders, size * 2);
        }
        int i = size++;
        timers[i] = t;
        times[i] = t.time;
        orders[i] = order(t.priority, t.sequence);
        t.heapIndex = i;
        siftUp(i);
    }

    Timer poll() {
        Timer top = timers[0];
        removeAt(0);
        return top;
    }

    void remove(Timer t) {
        removeAt(t.heapIndex);
    }

    /** Restores order after {@code t}'s key changed in place. */
    void update(Timer t) {
        int i = t.heapIndex;
        times[i] = t.time;
        orders[i] = order(t.priority, t.sequence);
        if (i > 0 && before(i, (i - 1) >>> 2)) {
            siftUp(i);
        } else {
            siftDown(i);
        }
    }

    private void removeAt(int i) {
        timers[i].heapIndex = -1;
        int last = --size;
        if (i < last) {
            move(last, i);
            timers[last] = null;
            if (i > 0 && before(i, (i - 1) >>> 2)) {
                siftUp(i);
            } else {
                siftDown(i);
            }
        } else {
            timers[last] = null;
        }
    }

    private boolean before(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && orders[a] < orders[b]);
    }

    private void move(int from, int to) {
        Timer t = timers[from];
        timers[to] = t;
        times[to] = times[from];
        orders[to] = orders[from];
        t.heapIndex = to;
    }

    private void siftUp(int i) {
        Timer t = timers[i];
        long time = times[i];
        long order = orders[i];
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (time > times[parent] || (time == times[parent] && order > orders[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        timers[i] = t;
        times[i] = time;
        orders[i] = order;
        t.heapIndex = i;
    }

    private void siftDown(int i) {
        Timer t = timers[i];
        long time = times[i];
        long order = orders[i];
        while (true) {
            int first = (i << 2) + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                if (before(c, best)) {
                    best = c;
                }
            }
            if (time < times[best] || (time == times[best] && order < orders[best])) {
                break;
            }
            move(best, i);
            i = best;
        }
        timers[i] = t;
        times[i] = time;
        orders[i] = order;
        t.heapIndex = i;
    }
}
