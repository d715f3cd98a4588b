package atlas.sim.net;

import atlas.sim.engine.Engine;

/**
 * Shares access-link capacity among concurrent flows, recomputing rates only when a flow starts
 * or stops and only at the nodes it touches.
 *
 * <p>The model, a documented approximation of max-min fairness: a downloader's capacity is split
 * equally among its active incoming flows, and that share is each flow's ceiling; an uploader's
 * capacity is water-filled among its active outgoing flows in proportion to their weights, subject
 * to those ceilings, so capacity a slow downloader cannot take goes to the uploader's other flows
 * (progressive filling, Bertsekas and Gallager, "Data Networks", section 6.5.2). No upload or
 * download capacity is ever exceeded. What it gives up against global max-min: a downloader whose
 * incoming flows are mostly limited by their uploaders does not lend its unused share to the
 * others. Flows start, continue across back-to-back transfers (pipelined requests) and stop far
 * less often than bytes move, which is what keeps the model cheap.
 */
public final class BandwidthModel {
    final Engine engine;
    private final int completionPriority;
    private Flow[] scratch = new Flow[16];
    private double[] ceilings = new double[16];
    private Node[] uploaders = new Node[16];

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
            refill(f.from);
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
            reallocateAround(f);
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
        reallocateAround(f);
    }

    /**
     * A flow from u to d started or stopped: d's equal share changed for every flow entering d,
     * so every uploader of those flows (and u) refills.
     */
    private void reallocateAround(Flow f) {
        Node d = f.to;
        int n = d.inCount;
        if (uploaders.length < n + 1) {
            uploaders = new Node[Math.max(n + 1, uploaders.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            uploaders[i] = d.in[i].from;
        }
        if (!f.active) {
            uploaders[n++] = f.from;
        }
        for (int i = 0; i < n; i++) {
            refill(uploaders[i]);
            uploaders[i] = null;
        }
    }

    /** Water-fills u's upload capacity over its active flows, each capped by its downloader's share. */
    private void refill(Node u) {
        int k = u.outCount;
        if (k == 0) {
            return;
        }
        if (scratch.length < k) {
            scratch = new Flow[Math.max(k, scratch.length * 2)];
            ceilings = new double[scratch.length];
        }
        // Insertion sort by ceiling per unit weight: k is a handful of upload slots.
        for (int i = 0; i < k; i++) {
            Flow f = u.out[i];
            double c = f.to.download / f.to.inCount;
            double key = c / f.weight;
            int j = i;
            while (j > 0 && ceilings[j - 1] / scratch[j - 1].weight > key) {
                scratch[j] = scratch[j - 1];
                ceilings[j] = ceilings[j - 1];
                j--;
            }
            scratch[j] = f;
            ceilings[j] = c;
        }
        double capacity = u.upload;
        double weights = 0;
        for (int i = 0; i < k; i++) {
            weights += scratch[i].weight;
        }
        for (int i = 0; i < k; i++) {
            Flow f = scratch[i];
            double fair = capacity * f.weight / weights;
            double rate = Math.min(fair, ceilings[i]);
            capacity = Math.max(0, capacity - rate);
            weights -= f.weight;
            setRate(f, rate);
            scratch[i] = null;
        }
    }

    private void setRate(Flow f, double rate) {
        if (rate == f.rate) {
            return;
        }
        settle(f);
        f.rate = rate;
        reschedule(f);
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
            long delay = (long) Math.ceil(f.remaining * 1e6 / f.rate);
            f.completion.schedule(engine.now() + delay);
        } else {
            f.completion.cancel();
        }
    }
}
