package seqlab.model;

/**
 * The LSTM's state the output layer read for one prediction: hidden state h and cell state c,
 * one value per unit.
 *
 * @param hidden h, {@code units} values
 * @param cell   c, {@code units} values
 */
public record LstmState(float[] hidden, float[] cell) {

    public LstmState {
        hidden = hidden.clone();
        cell = cell.clone();
    }

    /** Number of units. */
    public int units() {
        return hidden.length;
    }

    /** h of unit {@code u}. */
    public float hidden(int u) {
        return hidden[u];
    }

    /** c of unit {@code u}. */
    public float cell(int u) {
        return cell[u];
    }

    @Override
    public float[] hidden() {
        return hidden.clone();
    }

    @Override
    public float[] cell() {
        return cell.clone();
    }
}
