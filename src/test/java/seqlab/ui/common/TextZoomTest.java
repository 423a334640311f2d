package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextZoomTest {

    @Test
    void textGrowsAndShrinksInStepsWithinBoundsAndResets() {
        TextZoom zoom = new TextZoom();
        assertEquals("-fx-font-size: 13.0px;", zoom.styleBinding().get());
        zoom.larger();
        zoom.larger();
        assertEquals(120, zoom.percentProperty().get());
        assertEquals("-fx-font-size: 15.6px;", zoom.styleBinding().get());
        for (int i = 0; i < 30; i++) {
            zoom.larger();
        }
        assertEquals(TextZoom.LARGEST, zoom.percentProperty().get());
        for (int i = 0; i < 30; i++) {
            zoom.smaller();
        }
        assertEquals(TextZoom.SMALLEST, zoom.percentProperty().get());
        zoom.reset();
        assertEquals(TextZoom.NORMAL, zoom.percentProperty().get());
    }
}
