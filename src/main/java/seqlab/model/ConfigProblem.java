package seqlab.model;

/**
 * Something wrong with one setting of a {@link ModelConfig}.
 *
 * @param setting the setting that is wrong (for a rule between two settings, the one to change)
 * @param message a sentence a user understands, starting with the setting's label
 */
public record ConfigProblem(Hyperparameter setting, String message) {
}
