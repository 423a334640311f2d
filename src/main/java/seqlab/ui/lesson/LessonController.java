package seqlab.ui.lesson;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

public class LessonController {

    private final LessonViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label positionLabel;
    @FXML private Label stepTitleLabel;
    @FXML private Label stepTextLabel;
    @FXML private Label messageLabel;
    @FXML private Button doButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    public LessonController(LessonViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.openBinding());
        root.managedProperty().bind(viewModel.openBinding());
        titleLabel.textProperty().bind(viewModel.titleBinding());
        positionLabel.textProperty().bind(viewModel.positionBinding());
        stepTitleLabel.textProperty().bind(viewModel.stepTitleBinding());
        stepTextLabel.textProperty().bind(viewModel.stepTextBinding());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        doButton.textProperty().bind(viewModel.buttonTextBinding());
        doButton.visibleProperty().bind(viewModel.buttonTextBinding().isNotEmpty());
        doButton.managedProperty().bind(doButton.visibleProperty());
        doButton.disableProperty().bind(viewModel.canDoBinding().not());
        backButton.disableProperty().bind(viewModel.canBackBinding().not());
        nextButton.disableProperty().bind(viewModel.canNextBinding().not());
    }

    @FXML
    private void doStep() {
        viewModel.doStep();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
