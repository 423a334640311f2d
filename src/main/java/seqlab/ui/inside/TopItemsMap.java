package seqlab.ui.inside;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import seqlab.model.ScoredItem;
import seqlab.ui.common.UiText;

/** The top items after each step: a column per step, a row per rank, each cell coloured by its probability. */
final class TopItemsMap extends GridPane {

    TopItemsMap() {
        getStyleClass().add("trace-map");
        setHgap(2);
        setVgap(2);
    }

    /** Shows {@code vm}'s trace; clicking a step's heading calls {@code pick} with the step. */
    void show(TraceViewModel vm, IntConsumer pick) {
        getChildren().clear();
        if (vm.steps() == 0) {
            return;
        }
        int ranks = 0;
        for (int n = 1; n <= vm.steps(); n++) {
            ranks = Math.max(ranks, vm.topItems(n).size());
        }
        add(header(UiText.get("trace.rankByStep")), 0, 0);
        for (int r = 1; r <= ranks; r++) {
            add(header("#" + r), 0, r);
        }
        for (int n = 1; n <= vm.steps(); n++) {
            int step = n;
            Label title = header(vm.stepTitle(n));
            title.getStyleClass().add("trace-step");
            if (n == vm.evidenceStepProperty().get()) {
                title.getStyleClass().add("trace-selected");
            }
            title.setTooltip(new Tooltip(UiText.format("trace.stepTip", vm.prefixUpTo(n))));
            title.setOnMouseClicked(e -> pick.accept(step));
            add(title, n, 0);
            List<ScoredItem> top = vm.topItems(n);
            for (ScoredItem x : top) {
                add(cell(x, vm.prefixUpTo(n)), n, x.rank());
            }
        }
    }

    private static Label cell(ScoredItem x, String after) {
        Label l = new Label(x.label() + "\n" + UiText.format("trace.percent", x.probability()));
        l.getStyleClass().add("trace-cell");
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setStyle("-fx-background-color: " + TraceColors.css(TraceColors.probability(x.probability()))
                + "; -fx-text-fill: " + TraceColors.css(TraceColors.textOn(x.probability())) + ";");
        l.setTooltip(new Tooltip(UiText.format("trace.cellTip", after, x.item() + (x.label().equals(x.item()) ? ""
                : " " + x.label()), x.rank(), x.probability())));
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("trace-header");
        return l;
    }
}
