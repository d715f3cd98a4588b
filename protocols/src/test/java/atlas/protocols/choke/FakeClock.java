package atlas.protocols.choke;

import atlas.protocols.Clock;

/** Virtual time for choker tests: moves only when a test advances it. */
final class FakeClock implements Clock {

    private long now;

    FakeClock(long start) {
        this.now = start;
    }

    @Override
    public long micros() {
        return now;
    }

    void advance(long micros) {
        now += micros;
    }
}
