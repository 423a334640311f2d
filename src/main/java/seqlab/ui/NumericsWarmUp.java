package seqlab.ui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.InetAddress;

import javafx.scene.effect.DropShadow;
import javafx.scene.shape.Rectangle;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native libraries behind the window, without risking a hang.
 *
 * <p>JavaCPP 1.5.7 (under ND4J M2.1) looks symbols up by calling {@code dlopen} from inside a
 * {@code dl_iterate_phdr} callback. glibc deadlocks when another thread maps a new native library at that
 * moment (two loader locks taken in opposite orders); here that other thread was the FX thread loading the
 * font manager for the first chart, and the window froze at start-up in about 1 launch in 10. So the native
 * libraries the window loads on its own are loaded before ND4J's: the Java2D ones (charts) on this thread, the
 * effects library on the render thread ({@link #loadWindowLibrariesOnFxThread}, after the views are built).
 */
public final class NumericsWarmUp {

    private NumericsWarmUp() {
    }

    /** FX thread: makes the render thread load its effects library now. */
    public static void loadWindowLibrariesOnFxThread() {
        Rectangle shadowed = new Rectangle(4, 4);
        shadowed.setEffect(new DropShadow(2, javafx.scene.paint.Color.GRAY));
        shadowed.snapshot(null, null);
    }

    /** Background thread: the Java2D and networking libraries first, then ND4J. */
    public static void run() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString("0", 1, 12);
        } finally {
            g.dispose();
        }
        InetAddress.getLoopbackAddress();
        Nd4j.create(1);
    }
}
