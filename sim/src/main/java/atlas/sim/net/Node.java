package atlas.sim.net;

import java.util.Arrays;

/** A host's access link: upload and download capacity, and the flows active on it. */
public final class Node {
    final double upload;
    final double download;
    Flow[] out = new Flow[4];
    int outCount;
    Flow[] in = new Flow[4];
    int inCount;
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

    void addOut(Flow f) {
        if (outCount == out.length) {
            out = Arrays.copyOf(out, outCount * 2);
        }
        f.outIndex = outCount;
        out[outCount++] = f;
    }

    void removeOut(Flow f) {
        Flow last = out[--outCount];
        out[f.outIndex] = last;
        last.outIndex = f.outIndex;
        out[outCount] = null;
        f.outIndex = -1;
    }

    void addIn(Flow f) {
        if (inCount == in.length) {
            in = Arrays.copyOf(in, inCount * 2);
        }
        f.inIndex = inCount;
        in[inCount++] = f;
    }

    void removeIn(Flow f) {
        Flow last = in[--inCount];
        in[f.inIndex] = last;
        last.inIndex = f.inIndex;
        in[inCount] = null;
        f.inIndex = -1;
    }
}
