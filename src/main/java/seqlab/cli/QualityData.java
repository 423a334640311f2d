package seqlab.cli;

import seqlab.data.ItemLabels;
import seqlab.data.NextItemDistribution;
import seqlab.data.SequenceData;

/**
 * One data set of the quality report, loaded.
 *
 * @param name      its name for {@code --only}
 * @param sequences the sequences
 * @param labels    display names (none for synthetic data)
 * @param truth     the generating process of synthetic data, or null for real data
 */
record QualityData(String name, SequenceData sequences, ItemLabels labels, NextItemDistribution truth) {
}
