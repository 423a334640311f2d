package seqlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import seqlab.data.DataException;
import seqlab.model.ModelBundle;
import seqlab.model.TrainedModel;
import seqlab.runs.Experiment;
import seqlab.runs.ExperimentFile;

/** Reads the model a command names: a model file, or an experiment file's last kept model. */
final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * The model in {@code file}: a model bundle, or, for an experiment file ({@value ExperimentFile#EXTENSION}),
     * the model of its last kept run, which the workbench also opens with it (said on {@code err}).
     *
     * @throws DataException when the file cannot be read, is damaged, or keeps no model
     */
    static TrainedModel load(Path file, PrintStream err) {
        if (!file.getFileName().toString().endsWith(ExperimentFile.EXTENSION)) {
            return ModelBundle.load(file);
        }
        Experiment e = ExperimentFile.load(file);
        if (e.models().isEmpty()) {
            throw new DataException(file + ": this experiment keeps no trained model (keep one in the workbench's Runs"
                    + " tab, or give a model file)");
        }
        List<String> ids = List.copyOf(e.models().keySet());
        String id = ids.get(ids.size() - 1);
        err.println("using the model of run " + id + " kept in " + file.getFileName());
        return e.models().get(id);
    }
}
