package atlas.analysis.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (S. van der Walt and N. Smith, matplotlib 2.0, 2015) for heat maps:
 * perceptually uniform, readable by people with colour-vision deficiencies and monotone in
 * lightness, so it also prints in greyscale. Linearly interpolated between nine anchors sampled
 * from the map.
 */
final class ViridisScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] ANCHORS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
    };

    private final double lower;
    private final double upper;

    /** A scale from {@code lower} to {@code upper}; equal bounds are widened so the scale is defined. */
    ViridisScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double position = f * (ANCHORS.length - 1);
        int i = Math.min((int) position, ANCHORS.length - 2);
        double t = position - i;
        return new Color(mix(ANCHORS[i] >> 16, ANCHORS[i + 1] >> 16, t), mix(ANCHORS[i] >> 8, ANCHORS[i + 1] >> 8, t),
                mix(ANCHORS[i], ANCHORS[i + 1], t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
    }
}
