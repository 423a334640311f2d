package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import seqlab.model.Explanation.After;
import seqlab.model.Explanation.Gap;
import seqlab.model.Explanation.Verdict;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class ExplanationTextTest {

    private static final List<Verdict> EVERY_KIND = List.of(
            new Verdict(Verdict.Kind.NOTHING_EXPLAINED, "", 0, 0, "", 0, null),
            new Verdict(Verdict.Kind.NOTHING_RANKED, "", 0, 0, "", 0, null),
            new Verdict(Verdict.Kind.PREFIX_NOT_STORED, "3", 0, 0, "", 0, new After(After.Basis.LAST_ITEM, 2, 5)),
            new Verdict(Verdict.Kind.PREFIX_TOO_LONG_TO_STORE, "3", 0, 0, "", 0, new After(After.Basis.LAST_ITEM, null, 5)),
            new Verdict(Verdict.Kind.PREFIX_NEVER_WENT_ON, "3", 0, 0, "", 0, new After(After.Basis.LAST_TWO, 1, 1)),
            new Verdict(Verdict.Kind.PREFIX_NEVER_WENT_ON, "3", 0, 0, "", 0, new After(After.Basis.LAST_ITEM, null, 0)),
            new Verdict(Verdict.Kind.PREFIX_NEVER_WENT_ON, "3", 0, 0, "", 0,
                    new After(After.Basis.NOTHING_AFTER_LAST_ITEM, null, 0)),
            new Verdict(Verdict.Kind.NEVER_TO_TOP, "3", 0, 1234, "4", 1000, null),
            new Verdict(Verdict.Kind.AGREES, "3", 1, 2, "3", 1, null),
            new Verdict(Verdict.Kind.NOT_ONLY_COUNTS, "3", 1, 3, "4", 2, null));

    private static final List<Gap> EVERY_GAP = List.of(new Gap(Gap.Kind.NOT_STORED, 0, 0),
            new Gap(Gap.Kind.PREFIX_DEPTH, 10, 0), new Gap(Gap.Kind.PREFIX_CAPPED, 200_000, 3),
            new Gap(Gap.Kind.NO_PAIRS, 0, 0), new Gap(Gap.Kind.PAIRS_CAPPED, 500_000, 2));

    @AfterEach
    void english() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void inEnglishTheWindowSaysWhatTheCommandLineSays() {
        for (Verdict v : EVERY_KIND) {
            assertEquals(v.english(), ExplanationText.reading(v).replace("1,234", "1234").replace("1,000", "1000"),
                    v.kind().toString());
        }
        for (Gap g : EVERY_GAP) {
            assertEquals(g.english(), ExplanationText.gap(g), g.kind().toString());
        }
    }

    @Test
    void inSpanishEveryReadingIsSpanishWithSpanishNumbers() {
        UiText.use(UiLanguage.SPANISH);
        assertEquals("el prefijo completo continuó 1.234 veces en el entrenamiento pero nunca con 3 (lo más frecuente:"
                + " 4, 1.000): el modelo generaliza más allá de los recuentos", ExplanationText.reading(EVERY_KIND.get(7)));
        assertEquals("el ítem más probable del modelo, 3, es lo que más a menudo siguió al prefijo completo en el"
                + " entrenamiento (1 de 2): coincide con los recuentos", ExplanationText.reading(EVERY_KIND.get(8)));
        assertEquals("los recuentos se limitan a 200.000 comienzos de secuencia: se omiten los ítems que siguieron a un"
                + " prefijo completo menos de 3 veces", ExplanationText.gap(EVERY_GAP.get(2)));
        for (Verdict v : EVERY_KIND.subList(1, EVERY_KIND.size())) {
            String text = ExplanationText.reading(v);
            assertEquals(false, text.contains("the ") || text.contains("{"), text);
        }
    }
}
