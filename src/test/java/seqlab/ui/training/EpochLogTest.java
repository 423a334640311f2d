package seqlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.model.EpochMetrics;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class EpochLogTest {

    private static final EpochMetrics EPOCH = new EpochMetrics(3, 10, 0.53, 0.25, Double.NaN,
            Map.of("hr@10", 0.5), 1.26, 1234.4, 5000, 0.001, true);

    @AfterEach
    void speakEnglishAgain() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void englishWritesDecimalPointsAndCommaGroups() {
        assertEquals("epoch 3/10  loss 0.5300  acc 0.2500  hr@10 0.5000  lr 0.0010  1.3 s  1,234 targets/s  best so far",
                EpochLog.line(EPOCH));
    }

    @Test
    void spanishWritesDecimalCommasAndPointGroups() {
        UiText.use(UiLanguage.SPANISH);
        assertEquals("época 3/10  pérdida 0,5300  acierto 0,2500  hr@10 0,5000  t. aprendizaje 0,0010  1,3 s"
                + "  1.234 objetivos/s  la mejor hasta ahora", EpochLog.line(EPOCH));
    }
}
