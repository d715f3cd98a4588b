package atlas.sim.engine;

/**
 * A reusable handle that schedules one {@link Event} at a time. Protocol timers (rechoke,
 * announce, request timeouts, a transfer's completion) are rescheduled constantly, so they are
 * made once and moved in the queue rather than allocated per firing.
 */
public final class Timer {
    final Engine engine;
    final Event event;
    final int priority;
    long time;
    long sequence;
    int heapIndex = -1;

    Timer(Engine engine, Event event, int priority) {
        this.engine = engine;
        this.event = event;
        this.priority = priority;
    }

    /** Fires the event at {@code time} (not before now), replacing any earlier schedule of this timer. */
    public void schedule(long time) {
        engine.schedule(this, time);
    }

    /** Fires the event {@code delay} microseconds from now. */
    public void scheduleIn(long delay) {
        engine.schedule(this, engine.now() + delay);
    }

    public void cancel() {
        engine.cancel(this);
    }

    public boolean isScheduled() {
        return heapIndex >= 0;
    }

    /** The time it fires at; meaningful only while {@link #isScheduled()}. */
    public long time() {
        return time;
    }
}
