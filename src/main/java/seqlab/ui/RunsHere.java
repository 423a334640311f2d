package seqlab.ui;

public interface RunsHere {
    void runHere();
}
