package seqlab.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import seqlab.model.ConfigProblem;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.ui.common.UiText;

public class SettingsViewModel {

    /** A group of settings; advanced ones are folded away in presentation mode. */
    public record Section(String titleKey, boolean advanced, List<Hyperparameter> settings) {

        public String title() {
            return UiText.get(titleKey);
        }
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("settings.section.network", false,
                    List.of(Hyperparameter.MAX_LEN, Hyperparameter.EMBEDDING_DIM, Hyperparameter.UNITS)),
            new Section("settings.section.training", false, List.of(Hyperparameter.EPOCHS, Hyperparameter.BATCH_SIZE,
                    Hyperparameter.LEARNING_RATE, Hyperparameter.DROPOUT)),
            new Section("settings.section.advancedTraining", true, List.of(Hyperparameter.SCHEDULE, Hyperparameter.WEIGHT_DECAY,
                    Hyperparameter.PATIENCE, Hyperparameter.MONITOR, Hyperparameter.SEED, Hyperparameter.TRAINING,
                    Hyperparameter.PADDING, Hyperparameter.THREADS)),
            new Section("settings.section.dataAndEvaluation", true, List.of(Hyperparameter.SPLIT,
                    Hyperparameter.VALIDATION_FRACTION, Hyperparameter.TEST_FRACTION,
                    Hyperparameter.MIN_ITEM_FREQUENCY, Hyperparameter.MIN_LENGTH, Hyperparameter.SEEN_ITEMS)));

    /** A setting's tooltip: what it does, its range and its default. */
    public static String tooltip(Hyperparameter h) {
        return SettingTexts.tooltip(h);
    }

    private final Map<Hyperparameter, StringProperty> texts = new EnumMap<>(Hyperparameter.class);
    private final ReadOnlyObjectWrapper<ModelConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ConfigProblem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper("");
    private final ObjectBinding<Validation> validation;
    private final BooleanProperty advancedShown = new SimpleBooleanProperty(true);

    public SettingsViewModel() {
        this(ModelConfig.defaults());
    }

    public SettingsViewModel(ModelConfig initial) {
        for (Hyperparameter h : Hyperparameter.values()) {
            texts.put(h, new SimpleStringProperty());
        }
        load(initial);
        validation = Bindings.createObjectBinding(this::validate, texts.values().toArray(Observable[]::new));
        validation.addListener((obs, old, now) -> publish(now));
        publish(validation.get());
    }

    private record Validation(ModelConfig config, List<ConfigProblem> problems) {
    }

    private void publish(Validation v) {
        problems.set(v.problems());
        config.set(v.problems().isEmpty() ? v.config() : null);
        valid.set(v.problems().isEmpty());
        problemText.set(String.join("\n", messages(v.problems())));
    }

    public void load(ModelConfig c) {
        texts.forEach((h, text) -> text.set(h.text(c)));
    }

    private Validation validate() {
        List<ConfigProblem> p = new ArrayList<>();
        ModelConfig.Builder b = ModelConfig.builder();
        for (Hyperparameter h : Hyperparameter.values()) {
            String text = texts.get(h).get();
            h.typeProblem(text).ifPresentOrElse(m -> p.add(new ConfigProblem(h, m)), () -> h.apply(b, text));
        }
        ModelConfig c = b.build();
        List<Hyperparameter> unreadable = p.stream().map(ConfigProblem::setting).toList();
        c.problems().stream().filter(q -> !unreadable.contains(q.setting())).forEach(p::add);
        return new Validation(c, List.copyOf(p));
    }

    public static List<String> messages(List<ConfigProblem> problems) {
        return problems.stream().map(SettingTexts::problem).toList();
    }

    public StringProperty textProperty(Hyperparameter setting) {
        return texts.get(setting);
    }

    public ObservableStringValue messageFor(Hyperparameter setting) {
        return Bindings.createStringBinding(() -> problems.get().stream()
                .filter(p -> p.setting() == setting).map(SettingTexts::problem).findFirst().orElse(""), problems);
    }

    public static List<Hyperparameter> shownSettings() {
        return SECTIONS.stream().flatMap(s -> s.settings().stream()).toList();
    }

    public static boolean showsEverySetting() {
        return shownSettings().containsAll(Arrays.asList(Hyperparameter.values()));
    }

    public void applyToyPreset() {
        load(toyPreset());
    }

    public boolean isToyPreset() {
        return toyPreset().equals(config.get());
    }

    private static ModelConfig toyPreset() {
        return ModelConfig.defaults().toBuilder().epochs(60).learningRate(0.02).build();
    }

    /** Whether the advanced sections are unfolded (presentation mode folds them). */
    public BooleanProperty advancedShownProperty() {
        return advancedShown;
    }

    public ReadOnlyObjectProperty<ModelConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ConfigProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }
}
