package atlas.sim.engine;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of timers ordered by (time, priority, sequence). Each timer knows its
 * slot, so cancelling or moving it is O(log n) without a search; a 4-ary heap is shallower and
 * more cache-friendly than a binary one for the large queues of big swarms.
 */
final class EventQueue {
    private Timer[] heap = new Timer[1024];
    private int size;

    int size() {
        return size;
    }

    Timer peek() {
        return size == 0 ? null : heap[0];
    }

    void add(Timer t) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        t.heapIndex = size;
        heap[size++] = t;
        siftUp(t.heapIndex);
    }

    Timer poll() {
        Timer top = heap[0];
        removeAt(0);
        return top;
    }

    void remove(Timer t) {
        removeAt(t.heapIndex);
    }

    /** Restores order after {@code t}'s key changed in place. */
    void update(Timer t) {
        int i = t.heapIndex;
        siftUp(i);
        if (heap[i] == t) {
            siftDown(i);
        }
    }

    private void removeAt(int i) {
        Timer removed = heap[i];
        removed.heapIndex = -1;
        Timer last = heap[--size];
        heap[size] = null;
        if (i < size) {
            heap[i] = last;
            last.heapIndex = i;
            siftUp(i);
            if (heap[i] == last) {
                siftDown(i);
            }
        }
    }

    private static boolean before(Timer a, Timer b) {
        if (a.time != b.time) {
            return a.time < b.time;
        }
        if (a.priority != b.priority) {
            return a.priority < b.priority;
        }
        return a.sequence < b.sequence;
    }

    private void siftUp(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            Timer p = heap[parent];
            if (!before(t, p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    private void siftDown(int i) {
        Timer t = heap[i];
        while (true) {
            int first = (i << 2) + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                if (before(heap[c], heap[best])) {
                    best = c;
                }
            }
            if (!before(heap[best], t)) {
                break;
            }
            heap[i] = heap[best];
            heap[i].heapIndex = i;
            i = best;
        }
        heap[i] = t;
        t.heapIndex = i;
    }
}
