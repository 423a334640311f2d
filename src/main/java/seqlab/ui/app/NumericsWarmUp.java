package seqlab.ui.app;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.util.Map;

import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.nd4j.linalg.factory.Nd4j;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.runs.RunRecorder;
import seqlab.ui.training.MetricsCharts;

/**
 * Loads ND4J's native libraries behind the window, without risking a hang, and draws a throw-away chart first.
 *
 * <p>JavaCPP 1.5.7 (under ND4J M2.1) looks symbols up by calling {@code dlopen} from inside a
 * {@code dl_iterate_phdr} callback. glibc deadlocks when another thread maps a new native library at that
 * moment (two loader locks taken in opposite orders); here that other thread was the FX thread loading the
 * font manager for the first chart, and the window froze at start-up in about 1 launch in 10. So the native
 * libraries the window loads on its own are loaded before ND4J's: the Java2D ones (charts) on this thread, the
 * effects library on the render thread ({@link #loadWindowLibrariesOnFxThread}, after the views are built).
 *
 * <p>Drawing a chart here also loads JFreeChart's drawing classes, which would otherwise be loaded on the FX
 * thread in the middle of the first chart update of a training run (a 60-70 ms frame). The run history's
 * timestamp is formatted once for the same reason: java.time's formatting classes were loaded on the FX thread
 * at the Train click (a 97 ms frame).
 */
public final class NumericsWarmUp {

    private static final int CHART_ROUNDS = 5;

    private NumericsWarmUp() {
    }

    /** FX thread: makes the render thread load its effects library now. */
    public static void loadWindowLibrariesOnFxThread() {
        Rectangle shadowed = new Rectangle(4, 4);
        shadowed.setEffect(new DropShadow(2, Color.GRAY));
        shadowed.snapshot(null, null);
    }

    /** Background thread: Java2D, JFreeChart and networking first, then ND4J. */
    public static void run() {
        drawThrowAwayCharts();
        RunRecorder.now();
        InetAddress.getLoopbackAddress();
        Nd4j.create(1);
    }

    private static void drawThrowAwayCharts() {
        MetricsCharts charts = new MetricsCharts();
        charts.showBaselines(Map.of("popularity", new MetricsReport("popularity", Map.of("hr@10", 0.03), 1, 0, 0,
                Double.NaN)));
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        Rectangle2D area = new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight());
        for (int epoch = 1; epoch <= CHART_ROUNDS; epoch++) {
            charts.add(new EpochMetrics(epoch, CHART_ROUNDS, 6.0 / epoch, 0.01 * epoch, 6.5 / epoch,
                    Map.of("hr@1", 0.01 * epoch, "hr@10", 0.02 * epoch), 1, 100, 100));
            Graphics2D g = image.createGraphics();
            try {
                charts.lossChart().draw(g, area);
                charts.accuracyChart().draw(g, area);
            } finally {
                g.dispose();
            }
        }
    }
}
