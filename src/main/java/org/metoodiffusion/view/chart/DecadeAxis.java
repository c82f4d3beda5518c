package org.metoodiffusion.view.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A log-10 axis labelled at whole decades (1, 10, 100 or 1, 0.1, 0.01, as plain numbers, not 10^k),
 * and at 2 and 5 of each decade where a decade is long enough for three labels, with minor ticks at
 * 2..9. JFreeChart's own {@link LogAxis}
 * labels fractional powers of ten by default (1, 1, 2, 3, 3, 4, 6...), which reads as noise, and
 * hands its labels over as attributed strings, which JFreeSVG draws as glyph outlines; here they
 * are plain ticks, so an SVG keeps them as searchable text.
 */
final class DecadeAxis extends LogAxis {

    DecadeAxis(String label, String pattern, double lower, double upper) {
        super(label);
        setBase(10);
        var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        setNumberFormatOverride(format);
        // LogAxis takes the minor ticks from the unit: 9 steps put them at 2..9 of each decade.
        setTickUnit(new NumberTickUnit(1.0, format, 9), false, true);
        setMinorTickMarksVisible(true);
        setRange(lower, upper);
    }

    /** Pixels a decade needs before its 2 and 5 get labels. */
    private static final double PIXELS_FOR_FINE_LABELS = 90;

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
        boolean fine = length / Math.log10(getUpperBound() / getLowerBound()) >= PIXELS_FOR_FINE_LABELS;
        List<ValueTick> plain = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            var log = (LogTick) tick;
            String label = text(log.getAttributedLabel());
            if (label.isEmpty() && fine && twoOrFive(log.getValue())) {
                label = getNumberFormatOverride().format(log.getValue());
            }
            plain.add(new NumberTick(log.getTickType(), log.getValue(), label, log.getTextAnchor(),
                    log.getRotationAnchor(), log.getAngle()));
        }
        return plain;
    }

    private static boolean twoOrFive(double value) {
        double mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
        return Math.abs(mantissa - 2) < 1e-6 || Math.abs(mantissa - 5) < 1e-6;
    }

    private static String text(AttributedString label) {
        if (label == null) {
            return "";
        }
        var text = new StringBuilder();
        var characters = label.getIterator();
        for (char c = characters.first(); c != CharacterIterator.DONE; c = characters.next()) {
            text.append(c);
        }
        return text.toString();
    }
}
