package seqlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import seqlab.runs.RunRecord;

/** Comparisons of run records field by field, so a failure names the field. */
public final class RunAssertions {

    private RunAssertions() {
    }

    public static void assertSameRuns(List<RunRecord> expected, List<RunRecord> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            RunRecord a = expected.get(i);
            RunRecord b = actual.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.started(), b.started());
            assertEquals(a.group(), b.group());
            assertEquals(a.settings(), b.settings());
            assertEquals(a.data(), b.data());
            assertEquals(a.epochs(), b.epochs());
            assertEquals(a.validation(), b.validation());
            assertEquals(a.test(), b.test());
            assertEquals(a.wallSeconds(), b.wallSeconds());
            assertEquals(a.outcome(), b.outcome());
            assertEquals(a.message(), b.message());
        }
    }
}
