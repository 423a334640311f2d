package seqlab.ui.inside;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;

public class EpochScrubberController {

    private final EpochScrubberViewModel viewModel;

    @FXML private Slider epochSlider;
    @FXML private ToggleButton latestToggle;
    @FXML private Label epochLabel;

    public EpochScrubberController(EpochScrubberViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        epochLabel.textProperty().bind(viewModel.labelProperty());
        latestToggle.selectedProperty().bindBidirectional(viewModel.followLatestProperty());
        viewModel.epochs().addListener((ListChangeListener<Integer>) c -> range());
        range();
        viewModel.selectedEpochProperty().addListener((obs, old, now) -> epochSlider.setValue(now.intValue()));
        epochSlider.valueProperty().addListener((obs, old, now) -> {
            int epoch = (int) Math.round(now.doubleValue());
            if (!epochSlider.isDisabled() && epoch != viewModel.selectedEpochProperty().get()) {
                viewModel.selectedEpochProperty().set(epoch);
            }
        });
    }

    private void range() {
        var epochs = viewModel.epochs();
        epochSlider.setDisable(epochs.size() < 2);
        epochSlider.setMin(epochs.isEmpty() ? 0 : epochs.get(0));
        epochSlider.setMax(epochs.isEmpty() ? 1 : Math.max(epochs.get(0) + 1, epochs.get(epochs.size() - 1)));
        epochSlider.setValue(viewModel.selectedEpochProperty().get());
    }
}
