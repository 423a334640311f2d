package seqlab.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import seqlab.ui.common.UiText;

/** The Help menu's windows: the guide, the keyboard shortcuts and About. */
public final class HelpDialogs {

    private HelpDialogs() {
    }

    /** The guide in the interface's language, else in English. */
    public static String guideText() {
        InputStream translated = HelpDialogs.class.getResourceAsStream("/seqlab/help/guide_"
                + UiText.language().code() + ".txt");
        try (InputStream in = translated != null ? translated
                : HelpDialogs.class.getResourceAsStream("/seqlab/help/guide.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void showGuide(Window owner) {
        show(owner, UiText.get("help.guideTitle"), text("guideText", guideText(), 34), false);
    }

    public static void showShortcuts(Window owner, List<String> shortcuts) {
        show(owner, UiText.get("help.shortcutsTitle"), text("shortcutsText", String.join("\n", shortcuts), 20), false);
    }

    public static void showAbout(Window owner, AboutViewModel viewModel) {
        TextArea area = text("aboutText", "", 8);
        area.textProperty().bind(viewModel.textProperty());
        Button copy = new Button(UiText.get("help.copy"));
        copy.setId("copyAboutButton");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox box = new VBox(6, area, copy);
        show(owner, UiText.get("help.aboutTitle"), box, true);
    }

    private static TextArea text(String id, String text, int rows) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(70);
        return area;
    }

    private static void show(Window owner, String title, javafx.scene.Node content, boolean modal) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(modal ? Modality.WINDOW_MODAL : Modality.NONE);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        dialog.show();
    }
}
