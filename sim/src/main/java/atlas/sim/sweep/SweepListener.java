package atlas.sim.sweep;

/** Told how a sweep is going, for a progress display; called from one thread at a time. */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {
        @Override
        public void onStart(int toRun, int skipped) {
        }

        @Override
        public void onRunDone(int done) {
        }
    };

    /** Before the first run: how many runs of the slice will run, and how many were already done. */
    void onStart(int toRun, int skipped);

    /** After each run: how many of {@code toRun} are done. */
    void onRunDone(int done);
}
