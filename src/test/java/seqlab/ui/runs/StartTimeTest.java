package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class StartTimeTest {

    @AfterEach
    void speakEnglishAgain() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void showsTheLocalTimeInTheLanguagesFormat() {
        assertEquals("Dec 2, 2026, 5:41:03 AM", StartTime.shown("2026-12-02T05:41:03Z", ZoneOffset.UTC));
        assertEquals("Dec 2, 2026, 6:41:03 AM", StartTime.shown("2026-12-02T05:41:03Z", ZoneId.of("Europe/Madrid")));
        UiText.use(UiLanguage.SPANISH);
        assertEquals("2 dic 2026 6:41:03", StartTime.shown("2026-12-02T05:41:03Z", ZoneId.of("Europe/Madrid")));
    }

    @Test
    void aTimeThatIsNotIsoIsShownAsRecorded() {
        assertEquals("yesterday", StartTime.shown("yesterday", ZoneOffset.UTC));
    }
}
