package seqlab;

import java.util.List;

import seqlab.data.SequenceData;

/** The notebook's toy sequences, the one definition the tests share. */
public final class ToyData {

    /** As a file of lines. */
    public static final String TEXT = "1 2 3\n4 2 5\n1 2\n1 2 4 5\n";

    private ToyData() {
    }

    public static SequenceData sequences() {
        return SequenceData.of("toy", List.of(List.of("1", "2", "3"), List.of("4", "2", "5"), List.of("1", "2"),
                List.of("1", "2", "4", "5")));
    }
}
