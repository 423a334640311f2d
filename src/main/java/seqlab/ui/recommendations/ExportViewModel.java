package seqlab.ui.recommendations;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import seqlab.data.OutputFile;
import seqlab.data.SequenceData;
import seqlab.model.RecommendationSummary;
import seqlab.model.Recommender;
import seqlab.model.TrainedModel;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.common.UiText;

/** File > Export recommendations: the file the command line's {@code recommend} writes with its defaults. */
public class ExportViewModel implements ExportTask.Events {

    /** Items per sequence, as {@code recommend} without {@code --top}. */
    public static final int TOP = 10;

    private final Runners runners;
    private final Consumer<String> status;
    private final Consumer<String> error;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private ExportTask task;
    private Path file;

    public ExportViewModel(Runners runners, Consumer<String> status, Consumer<String> error) {
        this.runners = runners;
        this.status = status;
        this.error = error;
    }

    /**
     * Writes the recommendations of {@code model} for every sequence of {@code data} to {@code file} in the
     * background; {@code inputs} (the data and labels files, nulls allowed) may not be overwritten.
     */
    public void start(TrainedModel model, SequenceData data, Path file, Path... inputs) {
        if (running.get()) {
            return;
        }
        if (model == null || data == null) {
            error.accept(UiText.get(model == null ? "recommendations.noModel" : "recommendations.noData"));
            return;
        }
        try {
            OutputFile.check(file, "the recommendations file", Arrays.asList(inputs));
        } catch (RuntimeException e) {
            error.accept(ErrorMessages.of(UiText.get("recommendations.cannotExport"), e));
            return;
        }
        this.file = file;
        running.set(true);
        progress.set(0);
        progressText.set(UiText.format("recommendations.recommending", data.sequences().size()));
        task = new ExportTask(new Recommender(model, TOP, model.excludesSeen()), data, file, this, runners.ui());
        runners.background().submit(task);
    }

    /** Stops the export after the batch being scored; no file is written. */
    public void stop() {
        if (task != null && running.get()) {
            task.requestStop();
            progressText.set(UiText.get("recommendations.stopping"));
        }
    }

    @Override
    public void progress(int done, int total) {
        if (running.get()) {
            progress.set(total == 0 ? 1 : done / (double) total);
            progressText.set(UiText.format("recommendations.progress", done, total));
        }
    }

    @Override
    public void finished(RecommendationSummary summary) {
        running.set(false);
        task = null;
        progressText.set("");
        status.accept(summary.stopped() ? UiText.format("recommendations.stopped", file.getFileName().toString())
                : UiText.format("recommendations.exported", file.toString(), CoreSentences.of(summary.describe())));
    }

    @Override
    public void failed(Throwable t) {
        running.set(false);
        task = null;
        progressText.set("");
        error.accept(ErrorMessages.of(UiText.get("recommendations.cannotExport"), t));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
