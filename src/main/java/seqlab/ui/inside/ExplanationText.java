package seqlab.ui.inside;

import seqlab.model.Explanation.After;
import seqlab.model.Explanation.Gap;
import seqlab.model.Explanation.Verdict;
import seqlab.ui.common.UiText;

/** A trace's reading and the gaps of its evidence in the window's language (the core words them in English). */
final class ExplanationText {

    private ExplanationText() {
    }

    static String reading(Verdict v) {
        return switch (v.kind()) {
            case NOTHING_EXPLAINED -> "";
            case NOTHING_RANKED -> UiText.get("trace.verdict.nothingRanked");
            case PREFIX_NOT_STORED -> UiText.format("trace.verdict.prefixNotStored", after(v.after(), v.top()));
            case PREFIX_TOO_LONG_TO_STORE -> UiText.format("trace.verdict.prefixTooLong", after(v.after(), v.top()));
            case PREFIX_NEVER_WENT_ON -> UiText.format("trace.verdict.neverWentOn", switch (v.after().basis()) {
                case LAST_TWO -> UiText.format("trace.verdict.afterLastTwo", after(v.after(), v.top()));
                case LAST_ITEM -> UiText.format("trace.verdict.afterLastItem", after(v.after(), v.top()));
                case NOTHING_AFTER_LAST_ITEM -> UiText.get("trace.verdict.nothingAfterLastItem");
            });
            case NEVER_TO_TOP -> UiText.format("trace.verdict.neverToTop", v.total(), v.top(), v.most(), v.mostCount());
            case AGREES -> UiText.format("trace.verdict.agrees", v.top(), v.count(), v.total());
            case NOT_ONLY_COUNTS -> UiText.format("trace.verdict.notOnlyCounts", v.top(), v.most(), v.mostCount(),
                    v.count(), v.total());
        };
    }

    private static String after(After a, String top) {
        if (a.total() == 0) {
            return UiText.get("trace.verdict.nothingFollowed");
        }
        return a.count() == null ? UiText.format("trace.verdict.topNeverFollowed", top, a.total())
                : UiText.format("trace.verdict.topFollowed", top, a.count(), a.total());
    }

    static String gap(Gap g) {
        return switch (g.kind()) {
            case NOT_STORED -> UiText.get("trace.gap.notStored");
            case PREFIX_DEPTH -> UiText.format("trace.gap.prefixDepth", g.limit());
            case PREFIX_CAPPED -> UiText.format("trace.gap.prefixCapped", g.limit(), g.minCount());
            case NO_PAIRS -> UiText.get("trace.gap.noPairs");
            case PAIRS_CAPPED -> UiText.format("trace.gap.pairsCapped", g.limit(), g.minCount());
        };
    }
}
