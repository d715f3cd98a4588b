package atlas.sim.net;

import static atlas.sim.net.Node.DEMAND;
import static atlas.sim.net.Node.IN_CEILING;
import static atlas.sim.net.Node.IN_STRIDE;
import static atlas.sim.net.Node.OUT_CEILING;
import static atlas.sim.net.Node.OUT_STRIDE;
import static atlas.sim.net.Node.RATE;
import static atlas.sim.net.Node.WEIGHT;

import atlas.sim.engine.Engine;
import java.util.Arrays;

/**
 * Shares access-link capacity among concurrent flows, recomputing rates only when a flow starts,
 * stops or changes weight, and only around the nodes it touches.
 *
 * <p>The model, a local approximation of max-min fairness (progressive filling, Bertsekas and
 * Gallager, "Data Networks", section 6.5.2) in three steps:
 * <ol>
 * <li>each flow's <em>demand</em> is its uploader's capacity shared by weight among the
 * uploader's active flows;</li>
 * <li>each downloader water-fills its capacity over its incoming flows by demand, and splits
 * what no demand takes equally among them: that is each flow's <em>ceiling</em>, and the
 * ceilings at a downloader add up to its capacity;</li>
 * <li>each uploader water-fills its capacity over its flows by weight under their ceilings, so
 * what a slow downloader cannot take goes to the uploader's other flows.</li>
 * </ol>
 * No upload or download capacity is ever exceeded, and every flow gets at least the smaller of
 * its equal shares at both ends. A fast uploader's flow into a downloader whose other senders are
 * slow takes the capacity they leave, as TCP flows sharing a bottleneck do. What it gives up
 * against global max-min: demands are the uploaders' nominal shares, not what they finally give,
 * and a change propagates two hops (uploader, its downloaders, their uploaders) and no further.
 * Flows continue across back-to-back transfers (pipelined requests) without any reallocation.
 *
 * <p>A reallocation visits a hundred or more flows scattered over the heap, so the values it
 * reads are kept per node in primitive arrays beside the node's flows (see {@link Node}): it
 * reads a few arrays per node and touches a flow only when the flow's rate changes.
 */
public final class BandwidthModel {
    final Engine engine;
    private final int completionPriority;
    private long mark;
    private Node[] downloaders = new Node[16];
    private int downloaderCount;
    private Node[] uploaders = new Node[16];
    private int uploaderCount;
    private int[] sorted = new int[16];
    private double[] sortKeys = new double[16];
    private double[] ceilingScratch = new double[16];

    public BandwidthModel(Engine engine, int completionPriority) {
        this.engine = engine;
        this.completionPriority = completionPriority;
    }

    public Node node(double uploadBytesPerSecond, double downloadBytesPerSecond) {
        return new Node(uploadBytesPerSecond, downloadBytesPerSecond);
    }

    /** A new idle flow from {@code from} to {@code to}. */
    public Flow flow(Node from, Node to, FlowListener listener) {
        return new Flow(this, from, to, listener, completionPriority);
    }

    /** Relative share of the uploader's capacity; takes effect at once. */
    public void setWeight(Flow f, double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        if (f.weight == weight) {
            return;
        }
        f.weight = weight;
        if (f.active) {
            f.from.outShare[f.outIndex * OUT_STRIDE + WEIGHT] = weight;
            reallocate(f);
        }
    }

    /** Starts sending {@code bytes} on an idle flow (or continues one from its listener). */
    public void send(Flow f, long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive: " + bytes);
        }
        if (f.remaining > 0) {
            throw new IllegalStateException("flow is busy");
        }
        f.size = bytes;
        f.remaining = bytes;
        f.settledAt = engine.now();
        if (f.active) {
            // Continued from onSent: same rate, no reallocation.
            reschedule(f);
        } else {
            f.active = true;
            f.rate = 0;
            f.from.addOut(f);
            f.to.addIn(f);
            reallocate(f);
        }
    }

    /**
     * Stops the flow's transfer now, wherever it is; returns the bytes of it already sent (they
     * count as moved on the wire, though the transfer did not complete).
     */
    public long stop(Flow f) {
        if (!f.active) {
            return 0;
        }
        settle(f);
        long sent = f.size - (long) Math.ceil(f.remaining);
        f.remaining = 0;
        f.completion.cancel();
        deactivate(f);
        return Math.max(0, sent);
    }

    void complete(Flow f) {
        long size = f.size;
        f.remaining = 0;
        f.settledAt = engine.now();
        f.listener.onSent(f, size);
        if (f.remaining == 0 && f.active) {
            deactivate(f);
        }
    }

    private void deactivate(Flow f) {
        f.active = false;
        f.rate = 0;
        f.from.removeOut(f);
        f.to.removeIn(f);
        reallocate(f);
    }

    /** Flow f's uploader changed its flows or weights: demands, then ceilings, then rates. */
    private void reallocate(Flow f) {
        Node u = f.from;
        mark++;
        downloaderCount = 0;
        uploaderCount = 0;
        addDownloader(f.to);
        int k = u.outCount;
        double[] share = u.outShare;
        double weights = 0;
        for (int i = 0; i < k; i++) {
            weights += share[i * OUT_STRIDE + WEIGHT];
        }
        for (int i = 0; i < k; i++) {
            Node d = u.outTo[i];
            d.inShare[u.outInSlot[i] * IN_STRIDE + DEMAND] = u.upload * share[i * OUT_STRIDE + WEIGHT] / weights;
            addDownloader(d);
        }
        addUploader(u);
        for (int i = 0; i < downloaderCount; i++) {
            shareDownload(downloaders[i]);
            downloaders[i] = null;
        }
        for (int i = 0; i < uploaderCount; i++) {
            shareUpload(uploaders[i]);
            uploaders[i] = null;
        }
    }

    private void addDownloader(Node d) {
        if (d.downloadMark != mark) {
            d.downloadMark = mark;
            if (downloaderCount == downloaders.length) {
                downloaders = Arrays.copyOf(downloaders, downloaderCount * 2);
            }
            downloaders[downloaderCount++] = d;
        }
    }

    private void addUploader(Node u) {
        if (u.uploadMark != mark) {
            u.uploadMark = mark;
            if (uploaderCount == uploaders.length) {
                uploaders = Arrays.copyOf(uploaders, uploaderCount * 2);
            }
            uploaders[uploaderCount++] = u;
        }
    }

    /**
     * Water-fills d's download capacity over its incoming flows by demand; uploaders of changed
     * ceilings refill. A newly active flow's ceiling starts at 0, not at its last activity's: that
     * decides only whether its uploader, the one reallocating and so refilling anyway, is added.
     */
    private void shareDownload(Node d) {
        int k = d.inCount;
        if (k == 0) {
            return;
        }
        double[] share = d.inShare;
        int[] order = sortBy(share, k, false);
        double[] demands = sortKeys;
        double capacity = d.download;
        double[] allotted = ceilingsScratch(k);
        for (int i = 0; i < k; i++) {
            double fair = capacity / (k - i);
            allotted[i] = Math.min(demands[i], fair);
            capacity -= allotted[i];
        }
        double spare = Math.max(0, capacity) / k;
        for (int i = 0; i < k; i++) {
            int s = order[i];
            double ceiling = allotted[i] + spare;
            if (ceiling != share[s * IN_STRIDE + IN_CEILING]) {
                share[s * IN_STRIDE + IN_CEILING] = ceiling;
                Node u = d.inFrom[s];
                u.outShare[d.inOutSlot[s] * OUT_STRIDE + OUT_CEILING] = ceiling;
                addUploader(u);
            }
        }
    }

    /** Water-fills u's upload capacity over its active flows by weight, each under its ceiling. */
    private void shareUpload(Node u) {
        int k = u.outCount;
        if (k == 0) {
            return;
        }
        double[] share = u.outShare;
        int[] order = sortBy(share, k, true);
        double capacity = u.upload;
        double weights = 0;
        for (int i = 0; i < k; i++) {
            weights += share[order[i] * OUT_STRIDE + WEIGHT];
        }
        for (int i = 0; i < k; i++) {
            int s = order[i] * OUT_STRIDE;
            double weight = share[s + WEIGHT];
            double rate = Math.min(capacity * weight / weights, share[s + OUT_CEILING]);
            capacity = Math.max(0, capacity - rate);
            weights -= weight;
            if (rate != share[s + RATE]) {
                share[s + RATE] = rate;
                Flow f = u.out[order[i]];
                settle(f);
                f.rate = rate;
                reschedule(f);
            }
        }
    }

    private double[] ceilingsScratch(int k) {
        if (ceilingScratch.length < k) {
            ceilingScratch = new double[Math.max(k, ceilingScratch.length * 2)];
        }
        return ceilingScratch;
    }

    /**
     * The slots of the first k flows of a node's {@link Node#outShare} (uploads) or
     * {@link Node#inShare} (downloads) in increasing order of ceiling per weight or of demand,
     * the keys left in {@link #sortKeys}; insertion sort, as k is a handful of connections,
     * stable for determinism.
     */
    private int[] sortBy(double[] share, int k, boolean byCeiling) {
        if (sorted.length < k) {
            sorted = new int[Math.max(k, sorted.length * 2)];
            sortKeys = new double[sorted.length];
        }
        for (int i = 0; i < k; i++) {
            double key = byCeiling
                    ? share[i * OUT_STRIDE + OUT_CEILING] / share[i * OUT_STRIDE + WEIGHT]
                    : share[i * IN_STRIDE + DEMAND];
            int j = i;
            while (j > 0 && sortKeys[j - 1] > key) {
                sorted[j] = sorted[j - 1];
                sortKeys[j] = sortKeys[j - 1];
                j--;
            }
            sorted[j] = i;
            sortKeys[j] = key;
        }
        return sorted;
    }

    private void settle(Flow f) {
        long now = engine.now();
        if (now > f.settledAt) {
            f.remaining = Math.max(0, f.remaining - f.rate * (now - f.settledAt) / 1e6);
            f.settledAt = now;
        }
    }

    private void reschedule(Flow f) {
        if (f.rate > 0) {
            double delay = Math.ceil(f.remaining * 1e6 / f.rate);
            if (delay < Long.MAX_VALUE - engine.now()) {
                f.completion.schedule(engine.now() + (long) delay);
                return;
            }
        }
        // No rate, or one so small that the flow would end after the end of time: it never does.
        f.completion.cancel();
    }
}
