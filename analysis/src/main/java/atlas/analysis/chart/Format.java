package atlas.analysis.chart;

/** A chart file format. */
public enum Format {
    /** Raster at {@link Layout#PNG_DPI} dots per inch, for slides and quick looks. */
    PNG("png"),
    /** Vector with text as text, for the web and the HTML report. */
    SVG("svg"),
    /** Vector with embedded fonts, for papers. */
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
