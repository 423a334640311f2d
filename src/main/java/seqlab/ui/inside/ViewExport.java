package seqlab.ui.inside;

import java.io.File;

import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.FileChoosers;
import seqlab.ui.common.UiText;

/** The views' two exports: a node's picture to a PNG file the user picks, and text to the clipboard. */
final class ViewExport {

    private ViewExport() {
    }

    /** Asks where to save {@code node} as a PNG and saves it; returns what happened ("" when cancelled). */
    static String png(Node node, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("picture.pngImage"), "*.png"));
        File file = FileChoosers.save(chooser, node.getScene().getWindow());
        if (file == null) {
            return "";
        }
        try {
            SamplesPng.save(node, file);
            return UiText.format("picture.saved", file);
        } catch (Exception e) {
            return ErrorMessages.of(UiText.get("picture.cannotExport"), e);
        }
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
