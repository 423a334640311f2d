package seqlab.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;

public class SettingsController {

    private final SettingsViewModel viewModel;

    @FXML private GridPane grid;
    @FXML private Label problemsLabel;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (SettingsViewModel.Section section : SettingsViewModel.SECTIONS) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("heading");
            grid.add(heading, 0, row++, 4, 1);
            for (Hyperparameter h : section.settings()) {
                addRow(h, row++);
            }
        }
        problemsLabel.textProperty().bind(viewModel.problemTextProperty());
    }

    private void addRow(Hyperparameter h, int row) {
        String id = camelCase(h.key());
        Label name = new Label(capitalised(h.label()));
        Node input = h.isChoice() ? choice(h, id) : field(h, id);
        Label range = new Label(h.rangeText());
        range.getStyleClass().add("muted");
        Label message = new Label();
        message.setId(id + "Message");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageFor(h));
        Label description = new Label(h.description());
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        description.visibleProperty().bind(Bindings.isEmpty(message.textProperty()));
        description.managedProperty().bind(description.visibleProperty());
        Tooltip tip = new Tooltip(h.description() + " (default " + h.defaultText() + ")");
        name.setTooltip(tip);
        grid.addRow(row, name, input, range, new VBox(message, description));
    }

    private TextField field(Hyperparameter h, String id) {
        TextField field = new TextField();
        field.setId(id + "Field");
        field.textProperty().bindBidirectional(viewModel.textProperty(h));
        return field;
    }

    private ChoiceBox<String> choice(Hyperparameter h, String id) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id + "Choice");
        box.getItems().setAll(h.choices());
        box.valueProperty().bindBidirectional(viewModel.textProperty(h));
        return box;
    }

    private static String camelCase(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    @FXML
    private void restoreDefaults() {
        viewModel.load(ModelConfig.defaults());
    }
}
