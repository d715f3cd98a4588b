package atlas.sim.net;

import java.util.Arrays;

/**
 * A host's access link: upload and download capacity, and the flows active on it.
 *
 * <p>Beside its active flows a node keeps, slot for slot, the numbers the bandwidth model's
 * passes read, in primitive arrays: a pass then reads one contiguous array per node instead of
 * one scattered {@link Flow} object per flow, and touches a flow only when its rate changes.
 * The pass that computes a value the other end reads writes it there too, through the cross
 * slots: a flow's demand, computed at its uploader, is kept at its downloader; its ceiling,
 * computed at its downloader, is kept at both ends, so each end reads only its own arrays.
 */
public final class Node {
    /** Offsets in {@link #outShare}, {@value #OUT_STRIDE} doubles per outgoing flow. */
    static final int WEIGHT = 0;
    static final int OUT_CEILING = 1;
    static final int RATE = 2;
    static final int OUT_STRIDE = 3;
    /** Offsets in {@link #inShare}, {@value #IN_STRIDE} doubles per incoming flow. */
    static final int DEMAND = 0;
    static final int IN_CEILING = 1;
    static final int IN_STRIDE = 2;

    final double upload;
    final double download;
    Flow[] out = new Flow[4];
    int outCount;
    /** Per outgoing flow: its downloader, and its slot in the downloader's incoming flows. */
    Node[] outTo = new Node[4];
    int[] outInSlot = new int[4];
    /**
     * Per outgoing flow: its weight, its ceiling (mirrored from the downloader's
     * {@link #inShare}) and its rate (mirrored in {@link Flow#rate}).
     */
    double[] outShare = new double[4 * OUT_STRIDE];
    Flow[] in = new Flow[4];
    int inCount;
    /** Per incoming flow: its uploader, and its slot in the uploader's outgoing flows. */
    Node[] inFrom = new Node[4];
    int[] inOutSlot = new int[4];
    /**
     * Per incoming flow: its demand, what the uploader would give it if no downloader limited it
     * (its weighted share), and its ceiling, the most this node lets it take (its water-filled
     * share here).
     */
    double[] inShare = new double[4 * IN_STRIDE];
    /** Marks of the bandwidth model's last passes over this node, so a pass visits it once. */
    long downloadMark;
    long uploadMark;

    Node(double upload, double download) {
        if (!(upload > 0) || !(download > 0)) {
            throw new IllegalArgumentException("capacities must be positive: " + upload + ", " + download);
        }
        this.upload = upload;
        this.download = download;
    }

    /** Upload capacity in bytes per second. */
    public double upload() {
        return upload;
    }

    /** Download capacity in bytes per second. */
    public double download() {
        return download;
    }

    /** Sum of the current rates of flows leaving this node, bytes per second. */
    public double uploadRate() {
        double sum = 0;
        for (int i = 0; i < outCount; i++) {
            sum += out[i].rate;
        }
        return sum;
    }

    /** Sum of the current rates of flows entering this node, bytes per second. */
    public double downloadRate() {
        double sum = 0;
        for (int i = 0; i < inCount; i++) {
            sum += in[i].rate;
        }
        return sum;
    }

    /** Adds f, idle so far, with rate and ceiling 0; its demand is the model's to set. */
    void addOut(Flow f) {
        if (outCount == out.length) {
            int length = outCount * 2;
            out = Arrays.copyOf(out, length);
            outTo = Arrays.copyOf(outTo, length);
            outInSlot = Arrays.copyOf(outInSlot, length);
            outShare = Arrays.copyOf(outShare, length * OUT_STRIDE);
        }
        int s = outCount++;
        f.outIndex = s;
        out[s] = f;
        outTo[s] = f.to;
        outShare[s * OUT_STRIDE + WEIGHT] = f.weight;
        outShare[s * OUT_STRIDE + OUT_CEILING] = 0;
        outShare[s * OUT_STRIDE + RATE] = 0;
    }

    /** Adds f after its uploader's {@link #addOut}, and links the two slots. */
    void addIn(Flow f) {
        if (inCount == in.length) {
            int length = inCount * 2;
            in = Arrays.copyOf(in, length);
            inFrom = Arrays.copyOf(inFrom, length);
            inOutSlot = Arrays.copyOf(inOutSlot, length);
            inShare = Arrays.copyOf(inShare, length * IN_STRIDE);
        }
        int s = inCount++;
        f.inIndex = s;
        in[s] = f;
        inFrom[s] = f.from;
        inOutSlot[s] = f.outIndex;
        f.from.outInSlot[f.outIndex] = s;
        inShare[s * IN_STRIDE + DEMAND] = 0;
        inShare[s * IN_STRIDE + IN_CEILING] = 0;
    }

    /** Moves the last outgoing flow into f's slot; the downloader's cross slot follows. */
    void removeOut(Flow f) {
        int s = f.outIndex;
        int last = --outCount;
        if (s != last) {
            Flow moved = out[last];
            out[s] = moved;
            moved.outIndex = s;
            outTo[s] = outTo[last];
            outInSlot[s] = outInSlot[last];
            System.arraycopy(outShare, last * OUT_STRIDE, outShare, s * OUT_STRIDE, OUT_STRIDE);
            outTo[s].inOutSlot[outInSlot[s]] = s;
        }
        out[last] = null;
        outTo[last] = null;
        f.outIndex = -1;
    }

    /** Moves the last incoming flow into f's slot; the uploader's cross slot follows. */
    void removeIn(Flow f) {
        int s = f.inIndex;
        int last = --inCount;
        if (s != last) {
            Flow moved = in[last];
            in[s] = moved;
            moved.inIndex = s;
            inFrom[s] = inFrom[last];
            inOutSlot[s] = inOutSlot[last];
            System.arraycopy(inShare, last * IN_STRIDE, inShare, s * IN_STRIDE, IN_STRIDE);
            inFrom[s].outInSlot[inOutSlot[s]] = s;
        }
        in[last] = null;
        inFrom[last] = null;
        f.inIndex = -1;
    }
}
