package seqlab.ui.inside;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.model.Explanation;
import seqlab.model.Explanation.Evidence;
import seqlab.model.Explanation.Step;
import seqlab.model.LstmState;
import seqlab.model.ScoredItem;
import seqlab.model.TrainedModel;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.common.WhenShown;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

public class TraceViewModel {

    /** The most top items a step shows; the evidence table looks up the ranks of the others. */
    public static final int MAX_TOP_ITEMS = 50;

    static final String NO_MODEL = "trace.noModel";
    static final String NO_PREFIX = "trace.noPrefix";
    static final String SEEN_NOT_RANKED = "trace.seenNotRanked";

    private final Runners runners;
    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>();
    private final StringProperty prefix = new SimpleStringProperty("");
    private final IntegerProperty topK = new SimpleIntegerProperty(5);
    private final IntegerProperty evidenceStep = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(UiText.get(NO_MODEL));
    private final ReadOnlyStringWrapper unknownItems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper truncatedItems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evidenceTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<EvidenceRow> evidenceRows = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> evidenceRowsReadOnly = FXCollections.unmodifiableObservableList(evidenceRows);
    private final WhenShown whenShown = new WhenShown(this::request);
    private TrainedModel traced;
    private TrainedModel lastModel;
    private Explanation last;
    private long requested;
    private boolean running;
    private boolean pending;

    public TraceViewModel(Runners runners) {
        this.runners = runners;
        model.addListener((obs, old, now) -> request());
        prefix.addListener((obs, old, now) -> request());
        topK.addListener((obs, old, now) -> showEvidence());
        evidenceStep.addListener((obs, old, now) -> showEvidence());
    }

    private void request() {
        if (!whenShown.now()) {
            return;
        }
        long mine = ++requested;
        TrainedModel m = model.get();
        String text = prefix.get() == null ? "" : prefix.get();
        if (m == null || text.isBlank()) {
            publish(null, null, UiText.get(m == null ? NO_MODEL : NO_PREFIX));
            return;
        }
        if (running) {
            pending = true;
            return;
        }
        running = true;
        busy.set(true);
        // the steps the new prefix shares with the last trace of this model are not computed again
        Explanation reuse = lastModel == m ? last : null;
        runners.background().submit(new BackgroundTask<>(() -> Explanation.of(m, text, MAX_TOP_ITEMS, reuse),
                e -> finished(mine, m, e, null), t -> finished(mine, m, null, t), runners.ui()));
    }

    private void finished(long mine, TrainedModel m, Explanation e, Throwable failure) {
        running = false;
        busy.set(false);
        if (e != null) {
            last = e;
            lastModel = m;
        }
        if (pending) {
            pending = false;
            request();
        } else if (mine == requested) {
            if (failure != null) {
                publish(null, null, ErrorMessages.of(UiText.get("trace.cannotTrace"), failure));
            } else if (e.isEmpty()) {
                publish(e, m, e.unknown().isEmpty() ? UiText.get(NO_PREFIX)
                        : UiText.format("trace.noneKnown", String.join(", ", e.unknown())));
            } else {
                publish(e, m, "");
            }
        }
    }

    private void publish(Explanation e, TrainedModel m, String why) {
        traced = m;
        message.set(why);
        unknownItems.set(e == null || e.unknown().isEmpty() ? ""
                : UiText.format("trace.unknown", String.join(", ", e.unknown())));
        boolean shown = e != null && !e.isEmpty();
        truncatedItems.set(shown && e.truncated() > 0
                ? UiText.format("trace.truncated", m.config().maxLength(), e.truncated()) : "");
        reading.set(shown ? UiText.format("trace.reading", ExplanationText.reading(e.verdict())) : "");
        List<String> lines = new ArrayList<>();
        if (shown) {
            e.gaps().forEach(g -> lines.add(UiText.format("trace.note", ExplanationText.gap(g))));
            if (m.excludesSeen()) {
                lines.add(UiText.get(SEEN_NOT_RANKED));
            }
        }
        notes.set(String.join("\n", lines));
        explanation.set(shown ? e : null);
        if (evidenceStep.get() != steps()) {
            evidenceStep.set(steps());
        } else {
            showEvidence();
        }
    }

    /** Steps of the trace shown (0 when none). */
    public int steps() {
        return explanation.get() == null ? 0 : explanation.get().steps().size();
    }

    /** The top-K items after step {@code n} (1-based), most probable first. */
    public List<ScoredItem> topItems(int n) {
        List<ScoredItem> all = explanation.get().steps().get(n - 1).prediction().items();
        return all.subList(0, Math.min(Math.max(1, topK.get()), all.size()));
    }

    /** Column heading of step {@code n}: its number and the item it added. */
    public String stepTitle(int n) {
        return n + ": +" + explanation.get().steps().get(n - 1).item();
    }

    /** The prefix as read up to step {@code n}, e.g. "1 2". */
    public String prefixUpTo(int n) {
        return String.join(" ", explanation.get().steps().get(n - 1).prediction().used());
    }

    /** The LSTM state the prediction after step {@code n} read. */
    public LstmState state(int n) {
        return explanation.get().steps().get(n - 1).state();
    }

    /** LSTM units of the traced model (0 when nothing is shown). */
    public int units() {
        return steps() == 0 ? 0 : state(1).units();
    }

    /** What hovering a state cell shows. */
    public String stateText(int unit, int n, boolean cell) {
        LstmState s = state(n);
        return UiText.format("trace.stateHover", unit + 1, n, prefixUpTo(n), cell ? "c" : "h",
                cell ? s.cell(unit) : s.hidden(unit));
    }

    /** The largest |c| over all steps and units, for a colour scale that fits (h lies in -1..1). */
    public double cellScale() {
        double max = 0;
        for (int n = 1; n <= steps(); n++) {
            LstmState s = state(n);
            for (int u = 0; u < s.units(); u++) {
                max = Math.max(max, Math.abs(s.cell(u)));
            }
        }
        return max == 0 ? 1 : max;
    }

    private void showEvidence() {
        int n = evidenceStep.get();
        if (explanation.get() == null || n < 1 || n > steps()) {
            evidenceRows.clear();
            evidenceTitle.set("");
            return;
        }
        Step s = explanation.get().steps().get(n - 1);
        Evidence ev = s.evidence();
        int k = Math.max(1, topK.get());
        Set<String> items = new LinkedHashSet<>();
        topItems(n).forEach(x -> items.add(x.item()));
        for (Map<String, Integer> counts : List.of(orEmpty(ev.prefix()), orEmpty(ev.last2()), ev.last1())) {
            counts.keySet().stream().limit(k).forEach(items::add);
        }
        List<EvidenceRow> rows = new ArrayList<>();
        for (String item : items) {
            ScoredItem x = s.ranks().of(item);
            rows.add(new EvidenceRow(item, traced.labels().display(item), x == null ? null : x.rank(),
                    x == null ? null : x.probability(), count(ev.prefix(), item), count(ev.last2(), item),
                    count(ev.last1(), item), false));
        }
        rows.add(new EvidenceRow("total", "", null, null, ev.prefix() == null ? null : Evidence.total(ev.prefix()),
                ev.last2() == null ? null : Evidence.total(ev.last2()), Evidence.total(ev.last1()), true));
        evidenceRows.setAll(rows);
        List<String> used = s.prediction().used();
        String begin = ev.beginning() < 0 ? "" : UiText.format("trace.evidence.began", ev.beginning());
        evidenceTitle.set(UiText.format("trace.evidence.title", n, steps(), String.join(" ", used)) + begin
                + (used.size() >= 2 ? UiText.format("trace.evidence.lastTwo", String.join(" ",
                used.subList(used.size() - 2, used.size()))) : "") + UiText.format("trace.evidence.lastOne", s.item()));
    }

    private static Map<String, Integer> orEmpty(Map<String, Integer> counts) {
        return counts == null ? Map.of() : counts;
    }

    private static Integer count(Map<String, Integer> counts, String item) {
        return counts == null ? null : counts.getOrDefault(item, 0);
    }

    static String percent(Double p) {
        return p == null ? UiText.get("trace.notRanked") : UiText.format("trace.percent", p);
    }

    /** A count as the evidence table shows it, in the interface's number format. */
    static String shownCount(Integer n) {
        return n == null ? UiText.get("trace.notApplicable") : UiText.format("trace.count", n);
    }

    static String count(Integer n) {
        return n == null ? "n/a" : String.valueOf(n);
    }

    /** The top items after every step as tab-separated text (one line per step and rank). */
    public String topItemsText() {
        StringBuilder b = new StringBuilder("step\tprefix\trank\titem\tlabel\tprobability\n");
        for (int n = 1; n <= steps(); n++) {
            for (ScoredItem x : topItems(n)) {
                b.append(n).append('\t').append(prefixUpTo(n)).append('\t').append(x.rank()).append('\t')
                        .append(x.item()).append('\t').append(x.label()).append('\t')
                        .append(String.format(Locale.ROOT, "%.6f", x.probability())).append('\n');
            }
        }
        return b.toString();
    }

    /** The LSTM state as tab-separated text: one line per unit, h then c per step. */
    public String stateText() {
        StringBuilder b = new StringBuilder("unit");
        for (String which : List.of("h", "c")) {
            for (int n = 1; n <= steps(); n++) {
                b.append('\t').append(which).append(" after ").append(prefixUpTo(n));
            }
        }
        b.append('\n');
        for (int u = 0; u < units(); u++) {
            b.append(u + 1);
            for (boolean cell : new boolean[] {false, true}) {
                for (int n = 1; n <= steps(); n++) {
                    LstmState s = state(n);
                    b.append('\t').append(String.format(Locale.ROOT, "%.6f", cell ? s.cell(u) : s.hidden(u)));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The evidence table as tab-separated text, with its title, the reading and the notes under it. */
    public String evidenceText() {
        StringBuilder b = new StringBuilder(evidenceTitle.get()).append('\n');
        b.append("item\tlabel\tmodel rank\tmodel probability\tafter whole prefix\tafter last two\tafter last one\n");
        for (EvidenceRow r : evidenceRows) {
            b.append(r.item()).append('\t').append(r.label()).append('\t')
                    .append(r.rank() == null ? "" : r.rank()).append('\t')
                    .append(r.total() ? "" : r.probability() == null ? "not ranked"
                            : String.format(Locale.ROOT, "%.6f", r.probability())).append('\t')
                    .append(count(r.prefix())).append('\t').append(count(r.last2())).append('\t')
                    .append(count(r.last1())).append('\n');
        }
        if (!reading.get().isEmpty()) {
            b.append(reading.get()).append('\n');
        }
        if (!notes.get().isEmpty()) {
            b.append(notes.get()).append('\n');
        }
        return b.toString();
    }

    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }

    /** Whether the trace is on screen; while it is not, a new model or prefix is traced only when it shows again. */
    public BooleanProperty shownProperty() {
        return whenShown.shownProperty();
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    /** The step (1-based) the evidence table shows; set to the last step when a new trace arrives. */
    public IntegerProperty evidenceStepProperty() {
        return evidenceStep;
    }

    /** The trace shown, the top {@value #MAX_TOP_ITEMS} items of every step; null when there is none (see {@link #messageProperty()}). */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Why nothing is traced (no model, no prefix, no known item, an error); empty while a trace is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unknownItemsProperty() {
        return unknownItems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty truncatedProperty() {
        return truncatedItems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evidenceTitleProperty() {
        return evidenceTitle.getReadOnlyProperty();
    }

    /** True while a trace is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<EvidenceRow> evidenceRows() {
        return evidenceRowsReadOnly;
    }
}
