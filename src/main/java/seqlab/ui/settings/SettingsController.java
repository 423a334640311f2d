package seqlab.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;

public class SettingsController {

    private final SettingsViewModel viewModel;

    @FXML private GridPane grid;
    @FXML private GridPane advancedGrid;
    @FXML private TitledPane advancedPane;
    @FXML private Label problemsLabel;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int basicRow = 0;
        int advancedRow = 0;
        for (SettingsViewModel.Section section : SettingsViewModel.SECTIONS) {
            GridPane target = section.advanced() ? advancedGrid : grid;
            int row = section.advanced() ? advancedRow : basicRow;
            Label heading = new Label(section.title());
            heading.getStyleClass().add("heading");
            target.add(heading, 0, row++, 4, 1);
            for (Hyperparameter h : section.settings()) {
                addRow(target, h, row++);
            }
            if (section.advanced()) {
                advancedRow = row;
            } else {
                basicRow = row;
            }
        }
        advancedPane.expandedProperty().bindBidirectional(viewModel.advancedShownProperty());
        problemsLabel.textProperty().bind(viewModel.problemTextProperty());
    }

    private void addRow(GridPane grid, Hyperparameter h, int row) {
        String id = camelCase(h.key());
        Label name = new Label(capitalised(SettingTexts.label(h)));
        Node input = h.isChoice() ? choice(h, id) : field(h, id);
        Label range = new Label(SettingTexts.range(h));
        range.getStyleClass().add("muted");
        Label message = new Label();
        message.setId(id + "Message");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageFor(h));
        Label description = new Label(SettingTexts.description(h));
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        description.visibleProperty().bind(Bindings.isEmpty(message.textProperty()));
        description.managedProperty().bind(description.visibleProperty());
        Tooltip tip = new Tooltip(SettingsViewModel.tooltip(h));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        name.setTooltip(tip);
        ((Control) input).setTooltip(tip);
        range.setTooltip(tip);
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
