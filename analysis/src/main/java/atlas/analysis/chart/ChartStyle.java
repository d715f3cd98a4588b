package atlas.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every chart shares. Series colours are the Okabe-Ito palette (M. Okabe and K. Ito,
 * "Color Universal Design", 2008; recommended by B. Wong, "Points of view: Color blindness",
 * Nature Methods 8:441, 2011), which stays distinguishable under the common colour-vision
 * deficiencies and in greyscale print, ordered so the first colours differ most; yellow, weak on
 * white, comes last. Text is DejaVu Sans when installed (the font the PDF export embeds, so PNG,
 * SVG and PDF agree), else the JDK's logical sans-serif.
 */
public final class ChartStyle {

    /** Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
    };

    /** The font family used for all text. */
    public static final String FONT_FAMILY = chooseFamily();

    private static final Color GRID = new Color(0xDDDDDD);
    private static final BasicStroke GRID_LINE = new BasicStroke(0.5f);
    private static final float LINE_WIDTH = 1.25f;

    private ChartStyle() {
    }

    private static String chooseFamily() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(installed).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }

    /** The colour of series {@code i}; the palette repeats after eight series. */
    static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The chart font at a size in points. */
    static Font font(float size) {
        return new Font(FONT_FAMILY, Font.PLAIN, 1).deriveFont(size);
    }

    /** The line stroke for data series. */
    static BasicStroke line() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * Applies the look to a built chart: white background, light grid, fonts sized for the layout,
     * palette colours and line widths for every renderer, legend below the plot. Call after all
     * datasets and renderers are in place.
     */
    public static JFreeChart apply(JFreeChart chart, Layout layout) {
        Font label = font(layout.fontSize());
        Font tick = font(layout.fontSize() - 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 2, 2, 4));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(layout.fontSize() + 1).deriveFont(Font.BOLD));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleSubtitle(chart.getSubtitle(i), label, tick);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setNoDataMessageFont(label);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(GRID_LINE);
            xy.setRangeGridlineStroke(GRID_LINE);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int a = 0; a < xy.getDomainAxisCount(); a++) {
                styleAxis(xy.getDomainAxis(a), label, tick);
            }
            for (int a = 0; a < xy.getRangeAxisCount(); a++) {
                styleAxis(xy.getRangeAxis(a), label, tick);
            }
            for (int r = 0; r < xy.getRendererCount(); r++) {
                styleRenderer(xy.getRenderer(r), xy.getDataset(r) == null ? 0 : xy.getDataset(r).getSeriesCount());
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinePaint(GRID);
            category.setRangeGridlinePaint(GRID);
            category.setDomainGridlineStroke(GRID_LINE);
            category.setRangeGridlineStroke(GRID_LINE);
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(category.getDomainAxis(), label, tick);
            styleAxis(category.getRangeAxis(), label, tick);
            CategoryItemRenderer renderer = category.getRenderer();
            int rows = category.getDataset() == null ? 0 : category.getDataset().getRowCount();
            for (int s = 0; s < rows; s++) {
                renderer.setSeriesPaint(s, color(s));
                renderer.setSeriesStroke(s, line());
            }
        }
        return chart;
    }

    private static void styleSubtitle(Title subtitle, Font label, Font tick) {
        if (subtitle instanceof LegendTitle legend) {
            legend.setItemFont(label);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
        } else if (subtitle instanceof PaintScaleLegend scale) {
            styleAxis(scale.getAxis(), label, tick);
            scale.setBackgroundPaint(Color.WHITE);
        } else if (subtitle instanceof TextTitle text) {
            text.setFont(label);
        }
    }

    private static void styleAxis(Axis axis, Font label, Font tick) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(label);
        axis.setTickLabelFont(tick);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.GRAY);
        axis.setTickMarkPaint(Color.GRAY);
    }

    private static void styleRenderer(XYItemRenderer renderer, int seriesCount) {
        if (renderer == null) {
            return;
        }
        for (int s = 0; s < seriesCount; s++) {
            Paint paint = color(s);
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesFillPaint(s, paint);
            renderer.setSeriesStroke(s, line());
        }
    }
}
