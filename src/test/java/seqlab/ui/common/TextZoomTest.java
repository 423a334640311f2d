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

    @Test
    void presentationScalesTextBy1Point6AndBothChoicesAreRemembered() {
        PreferenceStore store = PreferenceStore.inMemory();
        TextZoom zoom = new TextZoom(store);
        zoom.larger();
        zoom.presentationProperty().set(true);
        assertEquals(1.1 * TextZoom.PRESENTATION_FACTOR, zoom.scaleBinding().get(), 1e-9);
        assertEquals("-fx-font-size: 22.9px;", zoom.styleBinding().get());
        TextZoom next = new TextZoom(store);
        assertEquals(110, next.percentProperty().get());
        assertEquals(true, next.presentationProperty().get());
        store.put("view.zoom-percent", "900");
        assertEquals(TextZoom.LARGEST, new TextZoom(store).percentProperty().get(), "out of range: clamped");
    }
}
