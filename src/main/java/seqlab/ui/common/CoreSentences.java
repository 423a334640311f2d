package seqlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's English sentences the window shows (the data summary's notes, what a run will use and cost, how
 * it ended, the Samples view's explanations, the export summary, how an imported table's times were read) in
 * the interface's language; the trace's readings come as data instead (seqlab.ui.inside.ExplanationText).
 * The core words them in English for the command line and JSON too; each one's English form is kept in the
 * bundle beside its translation, so that a sentence is recognised by its English form and said again in the
 * translation. In a form, {@code {0}} is a text, itself translated when it is one of these sentences (a text
 * holds balanced parentheses, and a quoted one no quote), {@code {0,number,...}} a count (grouped as in
 * English or Spanish, since the core formats some counts in the default locale). A sentence this does not
 * know stays English.
 */
public final class CoreSentences {

    static final List<String> KEYS = List.of(
            "core.samples.rare", "core.samples.unknown", "core.samples.tooShort", "core.samples.noTarget",
            "core.samples.none", "core.samples.windows", "core.samples.left", "core.samples.rightFull",
            "core.samples.rightPadded", "core.samples.configPrefixes", "core.samples.configWindows",
            "core.use.tooShort", "core.use.leaveLastOut", "core.use.heldOut",
            "core.data.windows1252", "core.data.bom", "core.data.repeats", "core.data.singleItem",
            "core.data.oddItem", "core.data.oddItems", "core.data.firstIn", "core.data.minLength",
            "core.split.none", "core.split.file", "core.split.tooFew", "core.split.holdout",
            "core.split.leaveLastOutWhole", "core.split.leaveLastOut",
            "core.prepared.leftOut", "core.prepared.vocabularyRare", "core.prepared.vocabulary",
            "core.prepared.validation", "core.prepared.test", "core.prepared.rankingExcluded",
            "core.prepared.rankingAll", "core.prepared.auto", "core.prepared.seenItems",
            "core.prepared.hintExclude", "core.prepared.hintRank", "core.prepared.fewItems",
            "core.estimate.summaryBoth", "core.estimate.summaryMemory", "core.estimate.summary",
            "core.estimate.refusedMemory", "core.estimate.refusedHeap", "core.estimate.mayNotFit",
            "core.estimate.tempFull", "core.estimate.longEpoch", "core.estimate.lowerParameters",
            "core.estimate.lower", "core.estimate.physicalMemory",
            "core.estimate.javacpp",
            "core.plan.noValidation", "core.plan.earlyStopping", "core.plan.bestKept", "core.plan.validationLoss",
            "core.plan.validationMrr", "core.plan.bestLoss", "core.plan.bestMrr",
            "core.outcome.stoppedFirst", "core.outcome.stoppedContinued", "core.outcome.stoppedDuring",
            "core.outcome.keptLast", "core.outcome.keptBest", "core.outcome.stoppedEarly",
            "core.outcome.stoppedDuringKept", "core.outcome.divergedBestRate", "core.outcome.divergedBest",
            "core.outcome.divergedRate", "core.outcome.diverged", "core.outcome.lossBecame",
            "core.export.stopped", "core.export.summary",
            "core.time.noColumn", "core.time.noneRead", "core.time.epochSeconds", "core.time.twoKindsNoted",
            "core.time.twoKinds", "core.time.readAsNoted", "core.time.readAs", "core.time.numbers",
            "core.time.iso", "core.time.dayMonthYear", "core.time.monthDayYear", "core.time.dotted",
            "core.time.dateTime", "core.time.dayFirstAbove12", "core.time.monthFirst",
            "core.time.dayFirstAssumed",
            "core.lines.at", "core.lines.empty", "core.lines.noItems", "core.lines.header",
            "core.lines.fieldsQuotes", "core.lines.fields", "core.lines.emptySequenceId", "core.lines.emptyItem",
            "core.lines.emptyTime", "core.lines.emptyId", "core.lines.emptyLabel", "core.lines.idRepeats",
            "core.lines.idLabelled", "core.lines.mixedTimes", "core.lines.invalidDate", "core.lines.outOfRange",
            "core.lines.notFinite", "core.lines.hexadecimal", "core.lines.notATime", "core.time.aNumber",
            "core.time.anIso", "core.time.aDayMonthYear", "core.time.aMonthDayYear", "core.time.aDotted",
            "core.time.aDateTime",
            // last: the forms that match a whole class of texts (a setting and its value, a list)
            "core.estimate.setting", "core.list");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,number[^}]*)?}");
    private static final String COUNT_GROUP = "(-?\\d[\\d,.\u00a0\u202f]*)";
    private static final String TEXT_GROUP = "((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))+?)";
    private static final String QUOTED_GROUP = "([^']*)";

    /** What a placeholder holds: a count, a text to translate in turn, or a quoted value (an item) kept as it is. */
    private enum Kind { COUNT, TEXT, QUOTED }

    /** {@code placeholders}: the index of each group's placeholder; {@code kinds}: what it holds. */
    private record Form(String key, Pattern english, List<Integer> placeholders, List<Kind> kinds) {
    }

    private static final List<Form> FORMS = KEYS.stream().map(CoreSentences::form).toList();

    private CoreSentences() {
    }

    private static Form form(String key) {
        String english = UiLanguage.ENGLISH.texts().getString(key);
        boolean quoted = english.contains("{");
        StringBuilder regex = new StringBuilder();
        List<Integer> placeholders = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english);
        int from = 0;
        while (m.find()) {
            String before = english.substring(from, m.start());
            regex.append(literal(before, quoted));
            Kind kind = m.group(2) != null ? Kind.COUNT : before.endsWith("''") ? Kind.QUOTED : Kind.TEXT;
            regex.append(switch (kind) {
                case COUNT -> COUNT_GROUP;
                case TEXT -> TEXT_GROUP;
                case QUOTED -> QUOTED_GROUP;
            });
            placeholders.add(Integer.parseInt(m.group(1)));
            kinds.add(kind);
            from = m.end();
        }
        regex.append(literal(english.substring(from), quoted));
        return new Form(key, Pattern.compile(regex.toString()), placeholders, kinds);
    }

    private static String literal(String text, boolean quoted) {
        return text.isEmpty() ? "" : Pattern.quote(quoted ? text.replace("''", "'") : text);
    }

    /** {@code english} in the interface's language when it is one of the core's sentences, else as it is. */
    public static String of(String english) {
        if (UiText.language() == UiLanguage.ENGLISH || english == null || english.isEmpty()) {
            return english;
        }
        for (Form f : FORMS) {
            Matcher m = f.english().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    args[f.placeholders().get(i)] = switch (f.kinds().get(i)) {
                        case COUNT -> Long.parseLong(g.replaceAll("[^-\\d]", ""));
                        case TEXT -> of(g);
                        case QUOTED -> g;
                    };
                }
                return UiText.format(f.key(), args);
            }
        }
        return english;
    }
}
