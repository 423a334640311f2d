package seqlab.ui;

import org.nd4j.linalg.factory.Nd4j;

final class NumericsWarmUp {

    private NumericsWarmUp() {
    }

    static void run() {
        Nd4j.create(1);
    }
}
