package atlas.protocols.choke;

/**
 * A {@link ChokePeer} whose rates, interest and history a test sets directly. It records the
 * unchoke time on a choked-to-unchoked transition only, as the choke package asks of callers,
 * and uploads at its capacity while unchoked and at nothing while choked.
 */
class FakePeer implements ChokePeer {

    private static final long NEVER = Long.MIN_VALUE;

    final String name;
    private final FakeClock clock;
    boolean interested;
    private boolean choked = true;
    private double weight;
    long connectedAt;
    private long lastUnchokedAt = NEVER;
    long lastBlockReceivedAt;
    /** Whether the peer keeps sending us blocks, so that each round refreshes its last block time. */
    boolean sending;
    double downloadRate;
    double uploadCapacity;
    long bytesReceived;

    FakePeer(Builder builder) {
        this.name = builder.name;
        this.clock = builder.clock;
        this.interested = builder.interested;
        this.connectedAt = builder.connectedAt;
        this.lastBlockReceivedAt = builder.lastBlockReceivedAt;
        this.sending = builder.sending;
        this.downloadRate = builder.downloadRate;
        this.uploadCapacity = builder.uploadCapacity;
    }

    static Builder named(String name, FakeClock clock) {
        return new Builder(name, clock);
    }

    double weight() {
        return choked ? 0.0 : weight;
    }

    @Override
    public boolean isInterested() {
        return interested;
    }

    @Override
    public boolean isChoked() {
        return choked;
    }

    @Override
    public void choke() {
        choked = true;
    }

    @Override
    public void unchoke(double uploadWeight) {
        if (choked) {
            lastUnchokedAt = clock.micros();
        }
        choked = false;
        weight = uploadWeight;
    }

    @Override
    public long connectedAt() {
        return connectedAt;
    }

    @Override
    public long lastUnchokedAt() {
        return lastUnchokedAt;
    }

    @Override
    public long lastBlockReceivedAt() {
        return lastBlockReceivedAt;
    }

    @Override
    public double downloadRate(long now) {
        return downloadRate;
    }

    @Override
    public double uploadRate(long now) {
        return choked ? 0.0 : uploadCapacity;
    }

    @Override
    public long bytesReceived() {
        return bytesReceived;
    }

    @Override
    public String toString() {
        return name;
    }

    /** A peer that also announces how much of the torrent it has. */
    static final class WithProgress extends FakePeer implements RemoteProgress {
        private final double completion;

        WithProgress(Builder builder) {
            super(builder);
            this.completion = builder.completion;
        }

        @Override
        public double remoteCompletion() {
            return completion;
        }
    }

    /** Defaults: interested, connected an hour before the clock's start, sending us blocks every round. */
    static final class Builder {
        private final String name;
        private final FakeClock clock;
        private boolean interested = true;
        private long connectedAt;
        private long lastBlockReceivedAt;
        private boolean sending = true;
        private double downloadRate;
        private double uploadCapacity = 100_000;
        private double completion = Double.NaN;

        private Builder(String name, FakeClock clock) {
            this.name = name;
            this.clock = clock;
            this.connectedAt = clock.micros() - 3_600_000_000L;
            this.lastBlockReceivedAt = clock.micros();
        }

        Builder interested(boolean value) {
            interested = value;
            return this;
        }

        Builder connectedAt(long value) {
            connectedAt = value;
            return this;
        }

        /** The peer sent its last block at {@code value} (never: {@link Long#MIN_VALUE}) and sends no more. */
        Builder silentSince(long value) {
            lastBlockReceivedAt = value;
            sending = false;
            return this;
        }

        Builder downloadRate(double value) {
            downloadRate = value;
            return this;
        }

        Builder uploadCapacity(double value) {
            uploadCapacity = value;
            return this;
        }

        Builder completion(double value) {
            completion = value;
            return this;
        }

        FakePeer build() {
            return Double.isNaN(completion) ? new FakePeer(this) : new WithProgress(this);
        }
    }
}
