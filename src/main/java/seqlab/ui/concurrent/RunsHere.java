package seqlab.ui.concurrent;

public interface RunsHere {
    void runHere();
}
