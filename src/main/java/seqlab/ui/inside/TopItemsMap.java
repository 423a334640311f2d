package seqlab.ui.inside;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import seqlab.model.Explanation;
import seqlab.model.ScoredItem;
import seqlab.ui.common.UiText;

/** The top items after each step: a column per step, a row per rank, each cell coloured by its probability. */
final class TopItemsMap extends GridPane {

    // a keystroke adds a step and keeps the others (the same Step objects): their cells are kept too, since
    // building ~100 styled labels again took 50-150 ms of the FX thread per keystroke on MovieLens
    private Map<Explanation.Step, List<Label>> cellsByStep = new IdentityHashMap<>();
    private int cellsTopK;

    TopItemsMap() {
        getStyleClass().add("trace-map");
        setHgap(2);
        setVgap(2);
    }

    /** Shows {@code vm}'s trace; clicking a step's heading calls {@code pick} with the step. */
    void show(TraceViewModel vm, IntConsumer pick) {
        getChildren().clear();
        if (vm.steps() == 0) {
            cellsByStep.clear();
            return;
        }
        if (cellsTopK != vm.topKProperty().get()) {
            cellsByStep.clear();
            cellsTopK = vm.topKProperty().get();
        }
        int ranks = 0;
        for (int n = 1; n <= vm.steps(); n++) {
            ranks = Math.max(ranks, vm.topItems(n).size());
        }
        add(header(UiText.get("trace.rankByStep")), 0, 0);
        for (int r = 1; r <= ranks; r++) {
            add(header("#" + r), 0, r);
        }
        Map<Explanation.Step, List<Label>> shown = new IdentityHashMap<>();
        for (int n = 1; n <= vm.steps(); n++) {
            int step = n;
            Label title = header(vm.stepTitle(n));
            title.getStyleClass().add("trace-step");
            if (n == vm.evidenceStepProperty().get()) {
                title.getStyleClass().add("trace-selected");
            }
            lazyTooltip(title, () -> UiText.format("trace.stepTip", vm.prefixUpTo(step)));
            title.setOnMouseClicked(e -> pick.accept(step));
            add(title, n, 0);
            Explanation.Step s = vm.explanationProperty().get().steps().get(n - 1);
            List<Label> cells = cellsByStep.get(s);
            if (cells == null) {
                cells = new ArrayList<>();
                for (ScoredItem x : vm.topItems(n)) {
                    cells.add(cell(x, vm.prefixUpTo(n)));
                }
            }
            shown.put(s, cells);
            for (int r = 0; r < cells.size(); r++) {
                add(cells.get(r), n, r + 1);
            }
        }
        cellsByStep = shown;
    }

    private static Label cell(ScoredItem x, String after) {
        Label l = new Label(x.label() + "\n" + UiText.format("trace.percent", x.probability()));
        l.getStyleClass().add("trace-cell");
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        // colours set directly: an inline style per cell is CSS parsed again for every cell
        l.setBackground(new Background(new BackgroundFill(TraceColors.probability(x.probability()), null, null)));
        l.setTextFill(TraceColors.textOn(x.probability()));
        lazyTooltip(l, () -> UiText.format("trace.cellTip", after, x.item() + (x.label().equals(x.item()) ? ""
                : " " + x.label()), x.rank(), x.probability()));
        return l;
    }

    /** A tooltip made when the pointer first comes over {@code l}, not for every cell of every redraw. */
    private static void lazyTooltip(Label l, Supplier<String> text) {
        l.setOnMouseEntered(e -> {
            if (l.getTooltip() == null) {
                l.setTooltip(new Tooltip(text.get()));
            }
        });
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("trace-header");
        return l;
    }
}
