/**
 * The next-item model: configuration, network construction, the training loop, prediction and
 * the model bundle.
 *
 * <p>{@link seqlab.model.ModelConfig} holds every hyperparameter; {@link seqlab.model.Trainer}
 * runs an explicit epoch loop over a {@link seqlab.model.PreparedData}'s data, reporting each
 * epoch to a {@link seqlab.model.TrainingListener} and stopping between minibatches when asked;
 * {@link seqlab.model.TrainedModel} predicts the probability of every next item for a prefix; a
 * {@link seqlab.model.ModelBundle} saves and loads it all in one file. A
 * {@link seqlab.model.Recommender} gives the top items after every sequence of a data set in
 * batched forward passes, and a {@link seqlab.model.RecommendationWriter} streams them as the CSV
 * that {@code recommend} and the workbench's export write. An {@link seqlab.model.Explanation}
 * shows how a prediction builds up item by item, with what followed in training, and
 * {@link seqlab.model.EmbeddingExport} writes the item embeddings for TensorBoard's Embedding Projector.
 * {@link seqlab.model.TrainingSamples} lays out, cell by cell, the training samples one sequence
 * becomes (with the notebook's right-padded prefixes beside them), and {@link seqlab.model.TrainingPart}
 * says which part of each data sequence a run trains on.
 */
package seqlab.model;
