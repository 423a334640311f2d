package seqlab.cli;

import java.nio.file.Path;

import seqlab.data.ItemLabels;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;

/** Reads the files a command names. */
final class DataFiles {

    private DataFiles() {
    }

    static SequenceData sequences(Path file, ReadOptions options) {
        return new SequenceReader(options).read(file);
    }

    static ItemLabels labels(Path file) {
        return file == null ? ItemLabels.none() : ItemLabels.read(file);
    }
}
