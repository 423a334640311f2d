package seqlab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import seqlab.ui.common.UiText;

public class LessonViewModel {

    private final LessonActions actions;
    private final ObservableBooleanValue training;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding open = lesson.isNotNull();
    private final StringBinding title;
    private final StringBinding stepTitle;
    private final StringBinding stepText;
    private final StringBinding position;
    private final StringBinding buttonText;
    private final BooleanBinding canDo;
    private final BooleanBinding canBack;
    private final BooleanBinding canNext;

    public LessonViewModel(LessonActions actions, ObservableBooleanValue training) {
        this.actions = actions;
        this.training = training;
        title = Bindings.createStringBinding(() -> lesson.get() == null ? "" : lesson.get().title(), lesson);
        stepTitle = Bindings.createStringBinding(() -> step() == null ? "" : step().title(), lesson, index);
        stepText = Bindings.createStringBinding(() -> step() == null ? "" : step().text(), lesson, index);
        position = Bindings.createStringBinding(() -> lesson.get() == null ? ""
                : UiText.format("lesson.position", index.get() + 1, lesson.get().steps().size()), lesson, index);
        buttonText = Bindings.createStringBinding(() -> step() == null || step().button() == null ? ""
                : step().button(), lesson, index);
        canDo = Bindings.createBooleanBinding(() -> step() != null && step().button() != null && !training.get(),
                lesson, index, training);
        canBack = Bindings.createBooleanBinding(() -> lesson.get() != null && index.get() > 0, lesson, index);
        canNext = Bindings.createBooleanBinding(() -> lesson.get() != null
                && index.get() < lesson.get().steps().size() - 1, lesson, index);
        training.addListener((obs, was, now) -> {
            if (was && !now && done.get() && step() != null && step().trains()) {
                message.set(UiText.get("lesson.trainingFinished"));
            }
        });
    }

    public void open(Lesson l) {
        lesson.set(l);
        goTo(0);
    }

    public void close() {
        lesson.set(null);
        index.set(-1);
        done.set(false);
        message.set("");
    }

    public void next() {
        if (canNext.get()) {
            goTo(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            goTo(index.get() - 1);
        }
    }

    /** Carries out the step's actions in order; stops at one the user declined (keeping unsaved data). */
    public void doStep() {
        if (!canDo.get()) {
            return;
        }
        LessonStep s = step();
        for (LessonAction a : s.actions()) {
            if (!run(a)) {
                message.set(UiText.get("lesson.dataKept"));
                return;
            }
        }
        done.set(true);
        message.set(s.trains() && training.get() ? UiText.get("lesson.training")
                : UiText.get("lesson.done"));
    }

    private boolean run(LessonAction a) {
        if (a instanceof LessonAction.OpenSample o) {
            return actions.openSample(o.key());
        } else if (a instanceof LessonAction.SetDefaults) {
            actions.setDefaults();
        } else if (a instanceof LessonAction.Set s) {
            actions.set(s);
        } else if (a instanceof LessonAction.Train) {
            actions.train();
        } else if (a instanceof LessonAction.Predict p) {
            actions.predict(p.prefix());
        } else if (a instanceof LessonAction.Show s) {
            actions.show(s.tab());
        } else if (a instanceof LessonAction.CompareRuns c) {
            actions.compareRuns(c.runs());
        }
        return true;
    }

    private void goTo(int i) {
        index.set(i);
        done.set(false);
        message.set("");
    }

    private LessonStep step() {
        Lesson l = lesson.get();
        int i = index.get();
        return l == null || i < 0 || i >= l.steps().size() ? null : l.steps().get(i);
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding openBinding() {
        return open;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public StringBinding stepTitleBinding() {
        return stepTitle;
    }

    public StringBinding stepTextBinding() {
        return stepText;
    }

    public StringBinding positionBinding() {
        return position;
    }

    public StringBinding buttonTextBinding() {
        return buttonText;
    }

    public BooleanBinding canDoBinding() {
        return canDo;
    }

    public BooleanBinding canBackBinding() {
        return canBack;
    }

    public BooleanBinding canNextBinding() {
        return canNext;
    }
}
