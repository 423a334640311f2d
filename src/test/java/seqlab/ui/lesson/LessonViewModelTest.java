package seqlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonViewModelTest {

    private final List<String> done = new ArrayList<>();
    private final SimpleBooleanProperty training = new SimpleBooleanProperty();
    private boolean sampleAccepted = true;
    private LessonViewModel vm;

    private final LessonActions actions = new LessonActions() {
        @Override
        public boolean openSample(String key) {
            done.add("open " + key);
            return sampleAccepted;
        }

        @Override
        public void setDefaults() {
            done.add("defaults");
        }

        @Override
        public void set(LessonAction.Set setting) {
            done.add("set " + setting.setting().key() + "=" + setting.value());
        }

        @Override
        public void train() {
            done.add("train");
            training.set(true);
        }

        @Override
        public void predict(String prefix) {
            done.add("predict " + prefix);
        }

        @Override
        public void show(String tab) {
            done.add("show " + tab);
        }

        @Override
        public void compareRuns(int runs) {
            done.add("compare " + runs);
        }
    };

    @BeforeEach
    void open() throws LessonException {
        vm = new LessonViewModel(actions, training);
        vm.open(LessonFile.parse("t.lesson", """
                # Toy
                ## Load
                Loads.
                > open sample toy
                > set max-len 4
                > show data
                [Load it]
                ## Read
                Only words.
                ## Train
                > train
                > compare runs 2
                """, Set.of("data")));
    }

    @Test
    void walksThroughTheStepsAndCarriesOutTheirActionsInOrder() {
        assertTrue(vm.openBinding().get());
        assertEquals("Toy", vm.titleBinding().get());
        assertEquals("Step 1 of 3", vm.positionBinding().get());
        assertEquals("Load it", vm.buttonTextBinding().get());
        assertFalse(vm.canBackBinding().get());
        vm.doStep();
        assertEquals(List.of("open toy", "set max-len=4", "show data"), done);
        assertTrue(vm.doneProperty().get());
        vm.next();
        assertEquals("Read", vm.stepTitleBinding().get());
        assertFalse(vm.doneProperty().get());
        assertEquals("", vm.buttonTextBinding().get(), "a step that only explains has no button");
        assertFalse(vm.canDoBinding().get());
        vm.doStep();
        assertEquals(3, done.size(), "nothing to do");
        vm.next();
        assertFalse(vm.canNextBinding().get());
        vm.doStep();
        assertEquals(List.of("train", "compare 2"), done.subList(3, 5));
        vm.back();
        assertEquals("Step 2 of 3", vm.positionBinding().get());
    }

    @Test
    void aStepCannotBeDoneWhileTrainingRunsAndSaysWhenItHasFinished() {
        vm.next();
        vm.next();
        vm.doStep();
        assertTrue(vm.messageProperty().get().startsWith("Training..."), vm.messageProperty().get());
        assertFalse(vm.canDoBinding().get(), "training runs");
        training.set(false);
        assertEquals("Training has finished: go on with Next.", vm.messageProperty().get());
        assertTrue(vm.canDoBinding().get());
    }

    @Test
    void keptUnsavedDataStopsTheStepAndSaysSo() {
        sampleAccepted = false;
        vm.doStep();
        assertEquals(List.of("open toy"), done, "the settings are not changed for data that was not opened");
        assertFalse(vm.doneProperty().get());
        assertTrue(vm.messageProperty().get().contains("unsaved data is kept"), vm.messageProperty().get());
    }

    @Test
    void closingHidesTheLesson() {
        vm.close();
        assertFalse(vm.openBinding().get());
        assertEquals("", vm.titleBinding().get());
    }
}
