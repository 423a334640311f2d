package seqlab.ui.runs;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.ModelConfig;

/** What a queued run trains on: the open data, its labels and the settings pane's settings, read when queued. */
public interface RunInputs {

    SequenceData data();

    ItemLabels labels();

    ModelConfig settings();
}
