package seqlab.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import seqlab.ui.common.UiText;

/** Every accelerator of a menu bar, read from the menus themselves so that the list cannot go stale. */
public final class MenuShortcuts {

    /** Shortcuts JavaFX's controls give without a menu item. */
    static List<String> builtIn() {
        return List.of(UiText.get("help.keys.tabs"), UiText.get("help.keys.menus"), UiText.get("help.keys.pause"),
                UiText.get("help.keys.train"), UiText.get("help.keys.stop"));
    }

    private MenuShortcuts() {
    }

    /** One line per accelerator: the keys, a tab, then where the command is, e.g. "F5\tTraining > Train". */
    public static List<String> of(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), lines);
        }
        lines.addAll(builtIn());
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
