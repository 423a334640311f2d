package seqlab.ui.inside;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import seqlab.model.TrainingSamples;
import seqlab.model.TrainingSamples.CellKind;
import seqlab.model.TrainingSamples.Sample;
import seqlab.model.TrainingSamples.Step;
import seqlab.ui.common.UiText;

/** Training samples as a grid: per sample a row of input cells and under it the targets of its read steps. */
public final class SamplesGrid extends GridPane {

    /** Rows beyond this would make tens of thousands of nodes; the text copy has them all. */
    static final int MAX_SAMPLES_SHOWN = 200;

    public SamplesGrid() {
        getStyleClass().add("samples-grid");
        setHgap(2);
        setVgap(2);
    }

    public void show(TrainingSamples samples) {
        getChildren().clear();
        if (samples == null) {
            return;
        }
        int t = samples.config().maxLength();
        add(header(UiText.get("samples.header.sample")), 0, 0);
        add(header(UiText.get("samples.header.unseen")), 1, 0);
        for (int j = 0; j < t; j++) {
            add(header("t" + (j + 1)), j + 2, 0);
        }
        int row = 1;
        for (Sample s : samples.samples().subList(0, Math.min(MAX_SAMPLES_SHOWN, samples.samples().size()))) {
            add(header(String.valueOf(s.number())), 0, row);
            if (s.unseen() > 0) {
                add(cell(CellKind.TRUNCATED, "…" + s.unseen(), UiText.format("samples.tip.unseen", s.unseen())), 1, row);
            }
            for (int j = 0; j < t; j++) {
                Step step = s.steps().get(j);
                String text = switch (step.kind()) {
                    case PAD -> UiText.get("samples.cell.pad");
                    case MASKED -> UiText.get("samples.cell.mask");
                    default -> step.item();
                };
                Label input = cell(step.kind(), text, tooltip(step));
                if (step.read()) {
                    input.getStyleClass().add("samples-read");
                    add(cell(CellKind.TARGET, "→" + step.target(), UiText.format("samples.tip.target", step.target())), j + 2,
                            row + 1);
                }
                add(input, j + 2, row);
            }
            row += 2;
        }
        if (samples.samples().size() > MAX_SAMPLES_SHOWN) {
            Label more = new Label(UiText.format("samples.more", MAX_SAMPLES_SHOWN, samples.samples().size()));
            add(more, 0, row, t + 2, 1);
        }
    }

    private static String tooltip(Step step) {
        String what = switch (step.kind()) {
            case PAD -> UiText.get("samples.tip.pad");
            case MASKED -> UiText.get("samples.tip.masked");
            default -> UiText.format("samples.tip.input", step.item());
        };
        return step.read() ? UiText.format("samples.tip.read", what, step.target()) : what;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("samples-header");
        return l;
    }

    static Label cell(CellKind kind, String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("samples-cell", styleClass(kind));
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    static String styleClass(CellKind kind) {
        return "samples-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
