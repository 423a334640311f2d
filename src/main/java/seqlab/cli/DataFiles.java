package seqlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import seqlab.data.ItemLabels;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.SkippedLine;
import seqlab.data.TextFile;

/** Reads the files a command names. */
final class DataFiles {

    private DataFiles() {
    }

    /** Reads a data file whose summary the command prints itself ({@link seqlab.data.DataSummary#describe}). */
    static SequenceData sequences(Path file, ReadOptions options) {
        return new SequenceReader(options).read(file);
    }

    /** Reads a data file and prints to {@code err} the lines it did not use, if any, so none is lost unsaid. */
    static SequenceData sequences(Path file, ReadOptions options, PrintStream err) {
        SequenceData data = sequences(file, options);
        if (!data.skipped().isEmpty()) {
            err.printf("%s: %,d line(s) not used%n", file, data.skipped().size());
            SkippedLine.describe(data.skipped()).forEach(err::println);
        }
        if (!TextFile.encodingNote(data.encoding()).isEmpty()) {
            err.println(file + ": " + TextFile.encodingNote(data.encoding()));
        }
        return data;
    }

    static ItemLabels labels(Path file) {
        return file == null ? ItemLabels.none() : ItemLabels.read(file);
    }
}
