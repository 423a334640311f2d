package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.model.ItemVectors;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;
import seqlab.ui.concurrent.Runners;

class EmbeddingMapViewModelTest {

    private static TrainedModel train(long seed) {
        ItemLabels labels = new ItemLabels(Map.of("3", "Three", "4", "Four"), List.of());
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(2).seed(seed).build(), null);
        return new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void aHiddenMapProjectsOnlyTheNewestModelWhenItShowsAgain() {
        EmbeddingMapViewModel vm = new EmbeddingMapViewModel(Runners.sameThread());
        vm.shownProperty().set(false);
        TrainedModel first = train(1);
        TrainedModel second = train(2);
        vm.modelProperty().set(first);
        vm.modelProperty().set(second);
        assertNull(vm.mapProperty().get(), "nothing is projected while the map is hidden");
        vm.shownProperty().set(true);
        assertNotNull(vm.mapProperty().get());
        assertEquals(EmbeddingMap.of(ItemVectors.of(second), null).projection().x(0),
                vm.mapProperty().get().projection().x(0), 0.0, "the newest model is the one projected");
        vm.shownProperty().set(false);
        vm.modelProperty().set(null);
        vm.shownProperty().set(true);
        assertNull(vm.mapProperty().get(), "a model taken away while hidden is gone when the map shows again");
    }

    @Test
    void searchFindsAnItemByTokenAndByLabelAndListsItsNeighbours() {
        EmbeddingMapViewModel vm = new EmbeddingMapViewModel(Runners.sameThread());
        TrainedModel model = train(1);
        vm.modelProperty().set(model);
        EmbeddingMap map = vm.mapProperty().get();
        assertNotNull(map);
        assertEquals(model.vocabulary().size(), map.projection().size());
        assertTrue(vm.axesProperty().get().startsWith("x: "), vm.axesProperty().get());

        vm.queryProperty().set("four");
        vm.search();
        assertEquals("4", map.items().tokens().get(vm.selectedProperty().get()));
        vm.queryProperty().set("1");
        vm.search();
        assertEquals("1", map.items().tokens().get(vm.selectedProperty().get()));
        int expected = Math.min(EmbeddingMapViewModel.NEIGHBOURS, map.items().size() - 1);
        assertEquals(expected, vm.neighbours().size());
        assertTrue(vm.neighboursText().startsWith("nearest to 1 (cosine similarity)\n"), vm.neighboursText());
        assertTrue(vm.neighbours().stream().noneMatch(n -> n.endsWith("\t1")), vm.neighbours().toString());

        vm.queryProperty().set("nine");
        vm.search();
        assertEquals("no item has the token or label \"nine\"", vm.messageProperty().get());
        assertEquals("1", map.items().tokens().get(vm.selectedProperty().get()));
    }

    @Test
    void aNewModelIsProjectedAgainAndTheSelectionKeepsItsNeighboursCurrent() {
        EmbeddingMapViewModel vm = new EmbeddingMapViewModel(Runners.sameThread());
        vm.modelProperty().set(train(1));
        EmbeddingMap first = vm.mapProperty().get();
        vm.selectedProperty().set(0);
        List<String> before = List.copyOf(vm.neighbours());
        vm.modelProperty().set(train(2));
        EmbeddingMap second = vm.mapProperty().get();
        assertNotSame(first, second);
        assertTrue(second.projection().aligned(), "aligned with the previous map");
        assertEquals(0, vm.selectedProperty().get());
        assertTrue(!before.equals(vm.neighbours()), before + " " + vm.neighbours());
        vm.modelProperty().set(null);
        assertEquals(null, vm.mapProperty().get());
        assertTrue(vm.neighbours().isEmpty());
    }
}
