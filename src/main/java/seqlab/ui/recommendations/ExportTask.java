package seqlab.ui.recommendations;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import seqlab.data.SequenceData;
import seqlab.model.RecommendationSummary;
import seqlab.model.RecommendationWriter;
import seqlab.model.Recommender;
import seqlab.ui.concurrent.StoppableTask;

public class ExportTask extends StoppableTask {

    public interface Events {
        void progress(int done, int total);

        void finished(RecommendationSummary summary);

        void failed(Throwable error);
    }

    private final RecommendationWriter writer;
    private final SequenceData data;
    private final Path file;
    private final Events events;
    private final Executor ui;

    public ExportTask(Recommender recommender, SequenceData data, Path file, Events events, Executor ui) {
        this.writer = new RecommendationWriter(recommender);
        this.data = data;
        this.file = file;
        this.events = events;
        this.ui = ui;
    }

    @Override
    public void run() {
        try {
            RecommendationSummary summary = writer.write(data, file,
                    (done, total) -> ui.execute(() -> events.progress(done, total)), this::stopRequested);
            ui.execute(() -> events.finished(summary));
        } catch (Throwable t) {
            ui.execute(() -> events.failed(t));
        }
    }
}
