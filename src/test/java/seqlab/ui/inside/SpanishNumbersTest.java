package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class SpanishNumbersTest {

    @AfterEach
    void backToEnglish() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void spanishShowsADecimalCommaAndAGroupingPoint() {
        UiText.use(UiLanguage.SPANISH);
        assertEquals("53,2%", TraceViewModel.percent(0.532));
        assertEquals("1.234", TraceViewModel.shownCount(1234));
        assertEquals("sin puesto", TraceViewModel.percent(null));
        assertEquals("unidad 3, paso 2 (tras 1 2): c = -0,1235", UiText.format("trace.stateHover", 3, 2, "1 2", "c", -0.12345));
        assertEquals("x: 41,7% de la varianza, y: 20,0%", UiText.format("embeddings.axes", 0.4166, 0.2));
        assertEquals("0,531\tleche (7)", UiText.format("embeddings.neighbour", 0.5309, "leche (7)"));
    }

    @Test
    void englishShowsADecimalPointAndAGroupingComma() {
        UiText.use(UiLanguage.ENGLISH);
        assertEquals("53.2%", TraceViewModel.percent(0.532));
        assertEquals("1,234", TraceViewModel.shownCount(1234));
        assertEquals("unit 3, step 2 (after 1 2): c = -0.1235", UiText.format("trace.stateHover", 3, 2, "1 2", "c", -0.12345));
        assertEquals("x: 41.7% of the variance, y: 20.0%", UiText.format("embeddings.axes", 0.4166, 0.2));
    }
}
