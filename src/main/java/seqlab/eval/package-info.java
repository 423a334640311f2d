/**
 * Evaluation as sequence-recommendation research does it: splits that hold out whole sequences
 * (or each sequence's last items), full ranking over all items, HR@K, MRR@K and NDCG@K, and the
 * two baselines every model must beat (most popular item, first-order Markov).
 *
 * <p>Items are dense class indices {@code 0..classes-1} here (item id minus one); padding never
 * appears. A {@link seqlab.eval.Scorer} gives a score for every class for a batch of prefixes; the
 * {@link seqlab.eval.Evaluator} ranks each target among all classes, or, when asked, among the
 * classes not yet in the case's history (the same rule for every scorer). For data from a known
 * process, {@link seqlab.eval.BayesCeiling} gives the expected metrics of ranking by the true
 * probabilities: the best any scorer can do on the same targets.
 */
package seqlab.eval;
