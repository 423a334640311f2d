package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.data.Vocabulary;
import seqlab.model.ModelConfig;
import seqlab.model.Formulation;
import seqlab.model.Padding;
import seqlab.model.TrainingSamples;

class CoreSentencesTest {

    @AfterEach
    void backToEnglish() {
        UiText.use(UiLanguage.ENGLISH);
    }

    private static void add(List<String> english, TrainingSamples s) {
        english.add(s.explanation());
        english.add(s.describeConfig());
        english.addAll(s.notes());
    }

    @Test
    void everySentenceTheSamplesViewShowsIsSaidInSpanish() {
        Vocabulary v = Vocabulary.build(List.of(List.of("1", "2", "3", "4", "1", "2", "3", "4", "5")), 2);
        ModelConfig windows = ModelConfig.builder().maxLength(3).build();
        ModelConfig left = windows.toBuilder().formulation(Formulation.PREFIXES).padding(Padding.PRE).build();
        ModelConfig right = left.toBuilder().padding(Padding.POST).build();
        List<String> english = new ArrayList<>();
        for (ModelConfig c : List.of(windows, left, right, right.toBuilder().maxLength(1).build())) {
            add(english, TrainingSamples.of(List.of("1", "2", "nine", "3", "5"), v, c));
        }
        add(english, TrainingSamples.of(List.of("1", "2"), v, windows.toBuilder().minSequenceLength(3).build()));
        add(english, TrainingSamples.of(List.of("1", "nine"), v, windows));
        assertTrue(english.stream().anyMatch(e -> e.startsWith("trained as")), english.toString());
        assertTrue(english.stream().anyMatch(e -> e.startsWith("right padding: ")), english.toString());
        assertTrue(english.stream().anyMatch(e -> e.startsWith("right padding (")), english.toString());
        UiText.use(UiLanguage.ENGLISH);
        english.forEach(e -> assertEquals(e, CoreSentences.of(e)));
        UiText.use(UiLanguage.SPANISH);
        for (String e : english) {
            assertNotEquals(e, CoreSentences.of(e), "not recognised: " + e);
        }
        assertEquals("objetivos de entrenamiento prefixes, relleno post, longitud máxima 1.000",
                CoreSentences.of("training targets prefixes, padding post, max length 1000"));
        assertEquals("más corta que la longitud mínima de secuencia 1.234: queda fuera de la ejecución",
                CoreSentences.of("shorter than the minimum sequence length 1234: left out of the run"), "counts are numbers");
        assertEquals("an English sentence it does not know", CoreSentences.of("an English sentence it does not know"));
    }
}
