package seqlab.ui.main;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import seqlab.model.ModelConfig;
import seqlab.runs.RunRecord;
import seqlab.ui.data.BundledSample;
import seqlab.ui.lesson.LessonAction;
import seqlab.ui.lesson.LessonActions;

/** What a lesson's buttons do to this workbench. */
final class WorkbenchLessonActions implements LessonActions {

    private final MainViewModel workbench;
    private Predicate<BundledSample> sampleOpener;
    private Consumer<String> tabShower = tab -> { };

    WorkbenchLessonActions(MainViewModel workbench) {
        this.workbench = workbench;
        this.sampleOpener = sample -> {
            workbench.openSample(sample);
            return true;
        };
    }

    /** The window asks before unsaved data is replaced, and shows tabs. */
    void connect(Predicate<BundledSample> opener, Consumer<String> shower) {
        this.sampleOpener = opener;
        this.tabShower = shower;
    }

    @Override
    public boolean openSample(String key) {
        return sampleOpener.test(BundledSample.byKey(key));
    }

    @Override
    public void setDefaults() {
        workbench.settings().load(ModelConfig.defaults());
    }

    @Override
    public void set(LessonAction.Set setting) {
        workbench.settings().textProperty(setting.setting()).set(setting.value());
    }

    @Override
    public void train() {
        workbench.train();
    }

    @Override
    public void predict(String prefix) {
        workbench.prediction().prefixProperty().set(prefix);
    }

    @Override
    public void show(String tab) {
        tabShower.accept(tab);
    }

    @Override
    public void compareRuns(int runs) {
        List<RunRecord> all = workbench.runs().runs();
        workbench.runs().select(List.copyOf(all.subList(Math.max(0, all.size() - runs), all.size())));
    }
}
