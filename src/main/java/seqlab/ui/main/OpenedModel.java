package seqlab.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import seqlab.data.DataException;
import seqlab.model.EpochSnapshots;
import seqlab.model.ModelBundle;
import seqlab.model.OptimizerState;
import seqlab.model.TrainedModel;
import seqlab.ui.common.UiText;

/**
 * A model file as the workbench opens it: the model, the optimizer state that continues its training and the
 * epochs of its run when they were saved with it. A damaged optimizer state or epoch does not keep the model
 * from predicting: Continue then starts a fresh optimizer, the scrubber shows no epochs, and the problem is said.
 *
 * @param epochs   the epochs saved with the model, or null
 * @param problems what could not be used, one sentence each (empty when all could)
 */
record OpenedModel(TrainedModel model, OptimizerState optimizer, EpochSnapshots epochs, List<String> problems) {

    static OpenedModel of(Path file) {
        TrainedModel model = ModelBundle.load(file);
        List<String> problems = new ArrayList<>();
        OptimizerState optimizer = null;
        try {
            optimizer = ModelBundle.loadOptimizer(file, model);
        } catch (DataException e) {
            problems.add(UiText.format("main.modelOptimizerProblem", file.getFileName().toString(), e.getMessage()));
        }
        EpochSnapshots epochs = null;
        try {
            epochs = ModelBundle.loadEpochs(file, model);
        } catch (DataException e) {
            problems.add(UiText.format("main.modelEpochsProblem", file.getFileName().toString(), e.getMessage()));
        }
        return new OpenedModel(model, optimizer, epochs, List.copyOf(problems));
    }
}
