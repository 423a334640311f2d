package seqlab.ui.runs;

import java.util.List;
import java.util.concurrent.Executor;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.model.TrainingListener;
import seqlab.runs.RunRecord;
import seqlab.runs.SweepRunner;
import seqlab.ui.concurrent.StoppableTask;

public class SweepTask extends StoppableTask {

    public interface Events {
        void runStarting(int index, int total, ModelConfig config);

        void epoch(int index, int total, EpochMetrics metrics);

        void runFinished(int index, int total, RunRecord record, TrainedModel model);

        void queueEnded(boolean stopped);
    }

    private final SweepRunner runner;
    private final String group;
    private final List<ModelConfig> configs;
    private final Events events;
    private final Executor ui;

    public SweepTask(SequenceData data, ItemLabels labels, String group, List<ModelConfig> configs, Events events,
                     Executor ui) {
        this.runner = new SweepRunner(data, labels, null);
        this.group = group;
        this.configs = List.copyOf(configs);
        this.events = events;
        this.ui = ui;
    }

    @Override
    public void run() {
        try {
            runner.run(group, configs, new SweepRunner.Listener() {
                @Override
                public TrainingListener starting(int index, int total, ModelConfig config) {
                    ui.execute(() -> events.runStarting(index, total, config));
                    return m -> ui.execute(() -> events.epoch(index, total, m));
                }

                @Override
                public void finished(int index, int total, RunRecord record, TrainedModel model) {
                    ui.execute(() -> events.runFinished(index, total, record, model));
                }
            }, this::stopRequested);
        } finally {
            ui.execute(() -> events.queueEnded(stopRequested()));
        }
    }
}
