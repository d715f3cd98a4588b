package atlas.sim.output;

import java.util.Arrays;

/**
 * The swarm's state sampled at regular simulated times: a row of {@code timeseries.csv} per
 * sample. Stored as growable primitive columns, since a long run samples often and the simulator
 * appends from its event loop.
 */
public final class TimeSeries {

    private long[] timeMicros = new long[64];
    private int[] leechers = new int[64];
    private int[] seeds = new int[64];
    private double[] downloadRate = new double[64];
    private int[] minAvailability = new int[64];
    private int size;

    /**
     * Appends a sample.
     *
     * @param timeMicros the simulated time of the sample; never before the previous one
     * @param leechers peers present without the whole content
     * @param seeds peers present with the whole content
     * @param downloadRate aggregate download rate of all peers, bytes per second
     * @param minAvailability the fewest copies of any piece among the peers present
     * @throws IllegalArgumentException if the time goes backwards
     */
    public void add(long timeMicros, int leechers, int seeds, double downloadRate, int minAvailability) {
        if (size > 0 && timeMicros < this.timeMicros[size - 1]) {
            throw new IllegalArgumentException("sample at " + timeMicros + " us precedes the previous one at "
                    + this.timeMicros[size - 1] + " us");
        }
        if (size == this.timeMicros.length) {
            int capacity = size * 2;
            this.timeMicros = Arrays.copyOf(this.timeMicros, capacity);
            this.leechers = Arrays.copyOf(this.leechers, capacity);
            this.seeds = Arrays.copyOf(this.seeds, capacity);
            this.downloadRate = Arrays.copyOf(this.downloadRate, capacity);
            this.minAvailability = Arrays.copyOf(this.minAvailability, capacity);
        }
        this.timeMicros[size] = timeMicros;
        this.leechers[size] = leechers;
        this.seeds[size] = seeds;
        this.downloadRate[size] = downloadRate;
        this.minAvailability[size] = minAvailability;
        size++;
    }

    /** The number of samples. */
    public int size() {
        return size;
    }

    public long timeMicros(int sample) {
        return timeMicros[checked(sample)];
    }

    public int leechers(int sample) {
        return leechers[checked(sample)];
    }

    public int seeds(int sample) {
        return seeds[checked(sample)];
    }

    /** Aggregate download rate, bytes per second. */
    public double downloadRate(int sample) {
        return downloadRate[checked(sample)];
    }

    public int minAvailability(int sample) {
        return minAvailability[checked(sample)];
    }

    private int checked(int sample) {
        // The arrays are longer than size; without this a stale slot would read as a sample.
        if (sample < 0 || sample >= size) {
            throw new IndexOutOfBoundsException("sample " + sample + " of " + size);
        }
        return sample;
    }
}
