package atlas.protocols.peer;

import java.util.List;
import java.util.function.Predicate;

/**
 * Shares a {@link TorrentPeer}'s upload limit ({@link PeerSettings#uploadLimit()}) among its
 * connections in proportion to the upload weights the choker gave them
 * ({@link atlas.protocols.choke.ConnectionHistory#uploadWeight()}), so that PropShare's weights
 * decide how much each unchoked peer gets, as the simulator's bandwidth model applies them.
 *
 * <p>The design is libtorrent's bandwidth manager's ({@code src/bandwidth_manager.cpp},
 * {@code src/bandwidth_limit.cpp}): at each tick the limit times the elapsed time becomes quota,
 * handed to the peers waiting to send in proportion to their priority; a peer with nothing to send
 * waits for none and gets none. Here each connection keeps a credit in bytes
 * ({@link PeerConnection#uploadCredit}). A refill splits {@code limit * dt} among the connections
 * ready to send a block by weight, each up to a burst of {@link #BURST_MICROS} of the whole limit;
 * what a full connection cannot take goes to the others by weight again (water-filling, so the
 * split is max-min fair by weight and no credit is left unused while someone could use it), and
 * what nobody can take is dropped, as libtorrent caps its quota. A connection not ready to send
 * loses its positive credit, so an idle one cannot hoard. A block goes out while the credit is
 * positive and may overdraw it by less than its length, a debt the next grants repay (deficit
 * round robin, Shreedhar and Varghese, SIGCOMM 1995): large blocks are never starved by small
 * grants, and the bytes sent never exceed {@code limit * elapsed} plus one block per connection.
 *
 * <p>Time comes only from the {@code now} arguments (microseconds).
 */
final class UploadShaper {

    /**
     * How often credit is granted. Shorter than the peer's 250 ms tick, so that one refill's grant
     * fits under a connection's burst and a block waits at most this long for credit.
     */
    static final long REFILL_MICROS = 50_000L;
    /** The most credit one connection holds: 100 ms of the whole limit, twice a refill's grant. */
    static final long BURST_MICROS = 100_000L;

    private final double bytesPerMicro;
    private final double burstBytes;
    private long lastRefill;
    /** Per position in the list being refilled: ready to send and still below its burst. */
    private boolean[] open = new boolean[16];

    /** @param bytesPerSecond the limit, positive */
    UploadShaper(long bytesPerSecond, long now) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("an upload limit must be positive, not " + bytesPerSecond);
        }
        this.bytesPerMicro = bytesPerSecond / 1e6;
        this.burstBytes = bytesPerSecond * (BURST_MICROS / 1e6);
        this.lastRefill = now;
    }

    /** Whether the connection may send its next block now: it has credit left, however little. */
    boolean mayServe(PeerConnection c) {
        return c.uploadCredit > 0;
    }

    /** A block of {@code bytes} went into the connection's queue. */
    void onServed(PeerConnection c, int bytes) {
        c.uploadCredit -= bytes;
    }

    /**
     * Grants the credit of the time since the last refill to the connections of {@code peers} that
     * {@code ready} says could send a block now, by upload weight and up to each one's burst;
     * the others lose their positive credit and keep their debt.
     */
    void refill(List<PeerConnection> peers, Predicate<PeerConnection> ready, long now) {
        double budget = bytesPerMicro * Math.max(0, now - lastRefill);
        lastRefill = now;
        int n = peers.size();
        if (open.length < n) {
            open = new boolean[Math.max(n, 2 * open.length)];
        }
        for (int i = 0; i < n; i++) {
            PeerConnection c = peers.get(i);
            if (ready.test(c)) {
                open[i] = c.uploadCredit < burstBytes;
            } else {
                open[i] = false;
                c.uploadCredit = Math.min(c.uploadCredit, 0);
            }
        }
        // Each pass either fills at least one connection to its burst or hands out the whole budget.
        while (budget > 0) {
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (open[i]) {
                    weights += peers.get(i).uploadWeight();
                }
            }
            if (!(weights > 0)) {
                return; // everyone who could send is full: the rest of the budget is dropped
            }
            double perWeight = budget / weights;
            boolean filled = false;
            for (int i = 0; i < n; i++) {
                if (!open[i]) {
                    continue;
                }
                PeerConnection c = peers.get(i);
                double room = burstBytes - c.uploadCredit;
                double share = perWeight * c.uploadWeight();
                if (share >= room) {
                    c.uploadCredit = burstBytes;
                    budget -= room;
                    open[i] = false;
                    filled = true;
                } else {
                    c.uploadCredit += share;
                    budget -= share;
                }
            }
            if (!filled) {
                return;
            }
        }
    }
}
