package seqlab.ui.common;

import java.io.File;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File dialogs that start in the folder the last one ended in, as users expect, not in the app's folder. */
public final class FileChoosers {

    private static File lastDirectory;

    private FileChoosers() {
    }

    public static File open(FileChooser chooser, Window owner) {
        return remember(startWhereLastEnded(chooser).showOpenDialog(owner));
    }

    public static File save(FileChooser chooser, Window owner) {
        return remember(startWhereLastEnded(chooser).showSaveDialog(owner));
    }

    private static FileChooser startWhereLastEnded(FileChooser chooser) {
        if (chooser.getInitialDirectory() == null && lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private static File remember(File chosen) {
        if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            lastDirectory = chosen.getAbsoluteFile().getParentFile();
        }
        return chosen;
    }
}
