package seqlab.model;

import java.util.List;

import seqlab.data.SequenceData;

/** The notebook's toy sequences. */
final class ToyData {

    private ToyData() {
    }

    static SequenceData sequences() {
        return SequenceData.of("toy", List.of(List.of("1", "2", "3"), List.of("4", "2", "5"), List.of("1", "2"),
                List.of("1", "2", "4", "5")));
    }
}
