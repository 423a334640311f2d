package seqlab.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import seqlab.eval.SplitMethod;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;
import seqlab.ui.settings.SettingsViewModel.Field;

public class SettingsController {

    private final SettingsViewModel viewModel;

    @FXML private TextField maxLengthField;
    @FXML private TextField embeddingField;
    @FXML private TextField unitsField;
    @FXML private TextField epochsField;
    @FXML private TextField batchSizeField;
    @FXML private TextField learningRateField;
    @FXML private TextField seedField;
    @FXML private TextField validationField;
    @FXML private ChoiceBox<Padding> paddingChoice;
    @FXML private ChoiceBox<Formulation> formulationChoice;
    @FXML private ChoiceBox<SplitMethod> splitChoice;
    @FXML private Label maxLengthMessage;
    @FXML private Label embeddingMessage;
    @FXML private Label unitsMessage;
    @FXML private Label epochsMessage;
    @FXML private Label batchSizeMessage;
    @FXML private Label learningRateMessage;
    @FXML private Label seedMessage;
    @FXML private Label validationMessage;
    @FXML private Label paddingMessage;
    @FXML private Label problemsLabel;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        maxLengthField.textProperty().bindBidirectional(viewModel.maxLengthProperty());
        embeddingField.textProperty().bindBidirectional(viewModel.embeddingDimProperty());
        unitsField.textProperty().bindBidirectional(viewModel.unitsProperty());
        epochsField.textProperty().bindBidirectional(viewModel.epochsProperty());
        batchSizeField.textProperty().bindBidirectional(viewModel.batchSizeProperty());
        learningRateField.textProperty().bindBidirectional(viewModel.learningRateProperty());
        seedField.textProperty().bindBidirectional(viewModel.seedProperty());
        validationField.textProperty().bindBidirectional(viewModel.validationFractionProperty());
        maxLengthMessage.textProperty().bind(viewModel.messageFor(Field.MAX_LENGTH));
        embeddingMessage.textProperty().bind(viewModel.messageFor(Field.EMBEDDING));
        unitsMessage.textProperty().bind(viewModel.messageFor(Field.UNITS));
        epochsMessage.textProperty().bind(viewModel.messageFor(Field.EPOCHS));
        batchSizeMessage.textProperty().bind(viewModel.messageFor(Field.BATCH_SIZE));
        learningRateMessage.textProperty().bind(viewModel.messageFor(Field.LEARNING_RATE));
        seedMessage.textProperty().bind(viewModel.messageFor(Field.SEED));
        validationMessage.textProperty().bind(viewModel.messageFor(Field.VALIDATION));
        paddingMessage.textProperty().bind(viewModel.messageFor(Field.PADDING));
        paddingChoice.getItems().setAll(Padding.values());
        paddingChoice.setConverter(names(Padding.PRE, "correct (left)", "notebook-style (right)"));
        paddingChoice.valueProperty().bindBidirectional(viewModel.paddingProperty());
        formulationChoice.getItems().setAll(Formulation.values());
        formulationChoice.setConverter(names(Formulation.WINDOWS, "sliding windows", "one prefix per target (notebook)"));
        formulationChoice.valueProperty().bindBidirectional(viewModel.formulationProperty());
        splitChoice.getItems().setAll(SplitMethod.values());
        splitChoice.valueProperty().bindBidirectional(viewModel.splitProperty());
        problemsLabel.textProperty().bind(viewModel.problemTextProperty());
    }

    private static <E extends Enum<E>> StringConverter<E> names(E first, String firstName, String otherName) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value == first ? firstName : otherName;
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void restoreDefaults() {
        viewModel.load(ModelConfig.defaults());
    }
}
