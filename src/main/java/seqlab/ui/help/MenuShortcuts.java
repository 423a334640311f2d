package seqlab.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Every accelerator of a menu bar, read from the menus themselves so that the list cannot go stale. */
public final class MenuShortcuts {

    /** Shortcuts JavaFX's controls give without a menu item. */
    static final List<String> BUILT_IN = List.of("Ctrl+Tab / Ctrl+Shift+Tab\tnext / previous tab",
            "Alt + underlined letter\topen a menu (then the underlined letter of an item)",
            "Space\tpause / resume training (while training, when not typing in a field)",
            "Ctrl+Enter\ttrain (as Training > Train)",
            "Esc\tstop training (while training)");

    private MenuShortcuts() {
    }

    /** One line per accelerator: the keys, a tab, then where the command is, e.g. "F5\tTraining > Train". */
    public static List<String> of(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), lines);
        }
        lines.addAll(BUILT_IN);
        return lines;
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            String here = path + " > " + plain(item.getText());
            if (item instanceof Menu sub) {
                collect(sub, here, lines);
            } else if (item.getAccelerator() != null) {
                lines.add(item.getAccelerator().getDisplayText() + "\t" + here);
            }
        }
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
