/**
 * Reading sequences of discrete events from files and turning them into dense item ids.
 *
 * <p>{@link seqlab.data.SequenceReader} reads one-sequence-per-line files and long tables
 * (CSV/TSV with a sequence, an item and an optional time column) into a
 * {@link seqlab.data.SequenceData} (which keeps each sequence's id: the sequence column's value,
 * or the line number); {@link seqlab.data.Vocabulary} maps item tokens to dense ids
 * with id 0 reserved for padding; {@link seqlab.data.ItemLabels} gives display names. Problems
 * in the input are reported as {@link seqlab.data.DataException}s naming the file and line, or,
 * where a line can be skipped, recorded in {@link seqlab.data.SkippedLine}s that the summary
 * states. {@link seqlab.data.SyntheticSequences} and {@link seqlab.data.OrderKProcess} generate
 * synthetic data; the latter, a {@link seqlab.data.NextItemDistribution}, also gives the exact
 * probability of every next item. {@link seqlab.data.ArchiveReader} is the one reader and
 * validator of SeqLab's own zip files (models, experiments): bounded entries, one-line messages;
 * {@link seqlab.data.SequenceHashes} is the compact set of sequences a model was trained on.
 */
package seqlab.data;
