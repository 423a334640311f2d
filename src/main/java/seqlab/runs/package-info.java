/**
 * Run history for hyperparameter tinkering: every training run recorded with its settings, data
 * fingerprint, per-epoch curves and final metrics; sweeps over one or two hyperparameters and
 * repeated seeds; statistics over seeds; CSV export; experiment files that restore a session.
 *
 * <p>{@link seqlab.runs.RunRecorder} turns one {@link seqlab.model.Trainer} run into a
 * {@link seqlab.runs.RunRecord}; {@link seqlab.runs.RunHistory} keeps records and saves them as
 * JSON or exports them as CSV; {@link seqlab.runs.SweepPlan} expands "name=v1,v2" axes and seeds
 * into configurations that {@link seqlab.runs.SweepRunner} trains one after another;
 * {@link seqlab.runs.RunStatistics} gives mean and standard deviation over seeds;
 * {@link seqlab.runs.ExperimentFile} saves and opens a whole session. No JavaFX here.
 */
package seqlab.runs;
