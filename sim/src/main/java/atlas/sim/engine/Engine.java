package atlas.sim.engine;

/**
 * A discrete-event engine on integer virtual time (microseconds). It owns the clock and knows
 * nothing of what its events mean.
 *
 * <p>Order: events fire in increasing time; at equal times, in increasing priority (a smaller
 * number first); at equal time and priority, in the order they were (last) scheduled. The rule is
 * total, so a run is a pure function of its inputs (MASON's Schedule, without its double time and
 * random tie shuffle).
 */
public final class Engine {
    private final EventQueue queue = new EventQueue();
    private long now;
    private long sequence;
    private long fired;
    private boolean stopped;
    private Event monitor;
    private long monitorEvery = Long.MAX_VALUE;

    /** Current virtual time in microseconds. */
    public long now() {
        return now;
    }

    /** Events fired so far. */
    public long eventsFired() {
        return fired;
    }

    /** Events waiting. */
    public int pending() {
        return queue.size();
    }

    /** A reusable timer for {@code event}; lower {@code priority} fires first at equal times. */
    public Timer timer(Event event, int priority) {
        return new Timer(this, event, priority);
    }

    /** Schedules a one-off event; prefer a reused {@link Timer} on hot paths. */
    public void schedule(long time, int priority, Event event) {
        schedule(new Timer(this, event, priority), time);
    }

    void schedule(Timer t, long time) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule at " + time + " before now " + now);
        }
        t.time = time;
        t.sequence = sequence++;
        if (t.heapIndex >= 0) {
            queue.update(t);
        } else {
            queue.add(t);
        }
    }

    void cancel(Timer t) {
        if (t.heapIndex >= 0) {
            queue.remove(t);
        }
    }

    /**
     * Calls {@code monitor} after every {@code everyEvents} events: progress reporting that
     * depends on event counts, not on wall time, so it cannot perturb a run.
     */
    public void setMonitor(long everyEvents, Event monitor) {
        this.monitorEvery = everyEvents;
        this.monitor = monitor;
    }

    /** Ends {@link #run} after the current event; called before a run, the run fires nothing. */
    public void stop() {
        stopped = true;
    }

    /**
     * Fires events until the queue is empty, {@link #stop()} is called, or the next event lies
     * after {@code until}; the clock then stands at the last event fired, or at {@code until} if
     * the run reached it.
     */
    public void run(long until) {
        while (!stopped) {
            Timer next = queue.peek();
            if (next == null || next.time > until) {
                if (next != null) {
                    now = until;
                }
                return;
            }
            queue.poll();
            now = next.time;
            fired++;
            next.event.fire();
            if (fired % monitorEvery == 0) {
                monitor.fire();
            }
        }
    }
}
