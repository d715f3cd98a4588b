package atlas.analysis.chart;

/**
 * The size a chart is drawn at, so that it is placed in a paper at 100 % and its text keeps the
 * intended point size: a single column of a two-column paper (3.5 in wide, as in IEEE and ACM
 * templates) or the full text width (7 in). Sizes are in PostScript points, 72 to the inch.
 */
public enum Layout {
    /** One column of a two-column paper: 3.5 in by 2.6 in. */
    ONE_COLUMN(3.5, 2.6, 8f),
    /** The full width of a two-column paper: 7 in by 3.2 in. */
    TWO_COLUMN(7.0, 3.2, 9f);

    /** Resolution of PNG output, dots per inch; print quality. */
    public static final int PNG_DPI = 300;

    private static final double POINTS_PER_INCH = 72;

    private final double widthInches;
    private final double heightInches;
    private final float fontSize;

    Layout(double widthInches, double heightInches, float fontSize) {
        this.widthInches = widthInches;
        this.heightInches = heightInches;
        this.fontSize = fontSize;
    }

    /** Width in points. */
    public double width() {
        return widthInches * POINTS_PER_INCH;
    }

    /** Height in points. */
    public double height() {
        return heightInches * POINTS_PER_INCH;
    }

    /** Size of axis labels and legends in points; tick labels are one point smaller. */
    public float fontSize() {
        return fontSize;
    }

    /** Width of the PNG in pixels. */
    public int pngWidth() {
        return (int) Math.round(widthInches * PNG_DPI);
    }

    /** Height of the PNG in pixels. */
    public int pngHeight() {
        return (int) Math.round(heightInches * PNG_DPI);
    }
}
