package seqlab.ui.runs;

import seqlab.model.TrainedModel;
import seqlab.runs.RunRecord;
import seqlab.ui.common.UiText;
import seqlab.ui.training.TrainingViewModel;

/**
 * Files the workbench's single runs in the run table: the training task records each with the same
 * {@link seqlab.runs.RunRecorder} as sweeps, and this names the model after its run.
 */
public final class AppRunRecorder {

    private final TrainingViewModel training;
    private final RunsViewModel runs;

    private AppRunRecorder(TrainingViewModel training, RunsViewModel runs) {
        this.training = training;
        this.runs = runs;
    }

    /** From now on files every run {@code training} records in {@code runs}. */
    public static void fileRunsOf(TrainingViewModel training, RunsViewModel runs) {
        training.recordRunsWith(new AppRunRecorder(training, runs)::file);
    }

    private void file(RunRecord record, TrainedModel model) {
        runs.record(record, model);
        if (model != null) {
            training.nameModel(model, UiText.format("runs.origin", String.valueOf(runs.number(record)),
                    StartTime.shown(record.started())));
        }
    }
}
