package seqlab.ui.tableimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import seqlab.data.ReadOptions;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;

/** The Import table window: {@code import.fxml} with its controller and view model. */
public final class ImportDialog {

    private ImportDialog() {
    }

    /**
     * Shows the dialog for {@code file}, pre-filled from {@code remembered} (or null: detected), and hands the
     * chosen options to {@code onImport} when the user imports.
     */
    public static Stage show(Window owner, Runners runners, Path file, ReadOptions remembered,
                             Consumer<ReadOptions> onImport) {
        ImportViewModel viewModel = new ImportViewModel(runners);
        FXMLLoader loader = new FXMLLoader(ImportDialog.class.getResource("/seqlab/fxml/import.fxml"), UiText.bundle());
        loader.setControllerFactory(type -> new ImportController(viewModel, onImport));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(UiText.format("import.title", file.getFileName().toString()));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        viewModel.load(file, remembered);
        stage.show();
        return stage;
    }
}
