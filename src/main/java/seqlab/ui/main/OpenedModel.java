package seqlab.ui.main;

import java.nio.file.Path;

import seqlab.data.DataException;
import seqlab.model.ModelBundle;
import seqlab.model.OptimizerState;
import seqlab.model.TrainedModel;
import seqlab.ui.common.UiText;

/**
 * A model file as the workbench opens it: the model, and the optimizer state that continues its training.
 * A damaged optimizer state does not keep the model from predicting; Continue then starts a fresh optimizer.
 */
record OpenedModel(TrainedModel model, OptimizerState optimizer, String optimizerProblem) {

    static OpenedModel of(Path file) {
        TrainedModel model = ModelBundle.load(file);
        try {
            return new OpenedModel(model, ModelBundle.loadOptimizer(file, model), "");
        } catch (DataException e) {
            return new OpenedModel(model, null, UiText.format("main.modelOptimizerProblem",
                    file.getFileName().toString(), e.getMessage()));
        }
    }
}
