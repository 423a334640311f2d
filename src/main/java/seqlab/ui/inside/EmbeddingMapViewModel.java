package seqlab.ui.inside;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
import seqlab.model.ItemVectors;
import seqlab.model.NearestItems;
import seqlab.model.TrainedModel;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.common.WhenShown;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

public class EmbeddingMapViewModel {

    static final int NEIGHBOURS = 10;

    private final Runners runners;
    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EmbeddingMap> map = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<String> neighbours = FXCollections.observableArrayList();
    private List<Integer> neighbourIndices = List.of();
    private List<String> neighbourRows = List.of();
    private final ReadOnlyStringWrapper axes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final WhenShown whenShown = new WhenShown(this::requested);
    private boolean computing;
    private boolean newerWanted;

    public EmbeddingMapViewModel(Runners runners) {
        this.runners = runners;
        model.addListener((obs, old, now) -> requested());
        selected.addListener((obs, old, now) -> listNeighbours());
    }

    private void requested() {
        if (!whenShown.now()) {
            return;
        }
        if (computing) {
            // the running projection finishes first; only the newest model asked for meanwhile follows it
            newerWanted = true;
            return;
        }
        newerWanted = false;
        compute(model.get());
    }

    private void compute(TrainedModel wanted) {
        if (wanted == null) {
            map.set(null);
            axes.set("");
            message.set(UiText.get("embeddings.noModel"));
            selected.set(-1);
            neighbours.clear();
            return;
        }
        computing = true;
        message.set(UiText.format("embeddings.projecting", wanted.vocabulary().size()));
        EmbeddingMap previous = map.get();
        runners.background().submit(new BackgroundTask<>(
                () -> EmbeddingMap.of(ItemVectors.of(wanted), previous == null ? null : previous.projection()),
                this::shown, this::failed, runners.ui()));
    }

    private void shown(EmbeddingMap result) {
        EmbeddingMap previous = map.get();
        map.set(result);
        axes.set(UiText.format("embeddings.axes", result.projection().explainedShare(0),
                result.projection().explainedShare(1)) + (result.projection().aligned()
                ? UiText.format("embeddings.aligned", UiText.get(switch (result.projection().alignment()) {
                    case SIGNS -> "embeddings.alignment.signs";
                    case ROTATION -> "embeddings.alignment.rotation";
                })) : ""));
        message.set(UiText.format("embeddings.items", result.items().size()));
        if (previous == null || previous.items().size() != result.items().size()) {
            selected.set(-1);
        }
        listNeighbours();
        next();
    }

    private void failed(Throwable t) {
        message.set(ErrorMessages.of(UiText.get("embeddings.cannotCompute"), t));
        next();
    }

    private void next() {
        computing = false;
        if (newerWanted) {
            requested();
        }
    }

    private void listNeighbours() {
        EmbeddingMap m = map.get();
        int i = selected.get();
        if (m == null || i < 0 || i >= m.items().size()) {
            neighbourIndices = List.of();
            neighbourRows = List.of();
            neighbours.clear();
            return;
        }
        List<NearestItems.Neighbour> near = m.nearest().of(i, NEIGHBOURS);
        neighbourIndices = near.stream().map(NearestItems.Neighbour::index).toList();
        neighbourRows = near.stream().map(n -> String.format(Locale.ROOT, "%.3f\t%s", n.similarity(),
                name(m.items(), n.index()))).toList();
        neighbours.setAll(near.stream().map(n -> UiText.format("embeddings.neighbour", n.similarity(),
                name(m.items(), n.index()))).toList());
    }

    /** "label (token)", or the token when it has no other label. */
    static String name(ItemVectors items, int i) {
        String token = items.tokens().get(i);
        String label = items.labels().get(i);
        return label.equals(token) ? token : label + " (" + token + ")";
    }

    /** Selects the item whose token or label is the query; says so when none is. */
    public void search() {
        EmbeddingMap m = map.get();
        String q = query.get() == null ? "" : query.get().strip();
        if (m == null || q.isEmpty()) {
            message.set(UiText.get(m == null ? "embeddings.noMap" : "embeddings.typeToSearch"));
            return;
        }
        int i = m.items().indexOf(q);
        if (i < 0) {
            message.set(UiText.format("embeddings.notFound", q));
            return;
        }
        selected.set(i);
        message.set(UiText.format("embeddings.found", name(m.items(), i)));
    }

    /** The selected item and its nearest items as text, one a line. */
    public String neighboursText() {
        EmbeddingMap m = map.get();
        int i = selected.get();
        if (m == null || i < 0) {
            return "";
        }
        return UiText.format("embeddings.nearestTo", name(m.items(), i)) + "\n" + String.join("\n", neighbourRows)
                + "\n";
    }

    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }

    /** Whether the map is on screen; while it is not, a new model is projected only when it shows again. */
    public BooleanProperty shownProperty() {
        return whenShown.shownProperty();
    }

    public ReadOnlyObjectProperty<EmbeddingMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The index of the selected item in the map's items, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The map indices of the selected item's nearest items, nearest first (as {@link #neighbours()}). */
    public List<Integer> neighbourIndices() {
        return neighbourIndices;
    }

    /** The selected item's nearest items: "similarity TAB name". */
    public ObservableList<String> neighbours() {
        return neighbours;
    }

    public ReadOnlyStringProperty axesProperty() {
        return axes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
