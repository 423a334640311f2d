package seqlab.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import seqlab.eval.SplitMethod;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;

public class SettingsViewModel {

    public enum Field {
        MAX_LENGTH("max length"), EMBEDDING("embedding dimension"), UNITS("LSTM units"), EPOCHS("epochs"),
        BATCH_SIZE("batch size"), LEARNING_RATE("learning rate"), SEED("seed"),
        VALIDATION("validation fraction"), PADDING("notebook-style");

        private final String name;

        Field(String name) {
            this.name = name;
        }

        public String displayName() {
            return name;
        }
    }

    private final StringProperty maxLength = new SimpleStringProperty();
    private final StringProperty embeddingDim = new SimpleStringProperty();
    private final StringProperty units = new SimpleStringProperty();
    private final StringProperty epochs = new SimpleStringProperty();
    private final StringProperty batchSize = new SimpleStringProperty();
    private final StringProperty learningRate = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty validationFraction = new SimpleStringProperty();
    private final ObjectProperty<Padding> padding = new SimpleObjectProperty<>();
    private final ObjectProperty<Formulation> formulation = new SimpleObjectProperty<>();
    private final ObjectProperty<SplitMethod> split = new SimpleObjectProperty<>();
    private final ModelConfig base;
    private final ReadOnlyObjectWrapper<ModelConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper("");
    private final javafx.beans.binding.ObjectBinding<Validation> validation;

    public SettingsViewModel() {
        this(ModelConfig.defaults());
    }

    public SettingsViewModel(ModelConfig base) {
        this.base = base;
        load(base);
        validation = Bindings.createObjectBinding(this::validate, maxLength, embeddingDim, units, epochs,
                batchSize, learningRate, seed, validationFraction, padding, formulation, split);
        validation.addListener((obs, old, now) -> publish(now));
        publish(validation.get());
    }

    private record Validation(ModelConfig config, List<String> problems) {
    }

    private void publish(Validation v) {
        problems.set(v.problems());
        config.set(v.problems().isEmpty() ? v.config() : null);
        valid.set(v.problems().isEmpty());
        problemText.set(String.join("\n", v.problems()));
    }

    public void load(ModelConfig c) {
        maxLength.set(Integer.toString(c.maxLength()));
        embeddingDim.set(Integer.toString(c.embeddingDim()));
        units.set(Integer.toString(c.units()));
        epochs.set(Integer.toString(c.epochs()));
        batchSize.set(Integer.toString(c.batchSize()));
        learningRate.set(format(c.learningRate()));
        seed.set(Long.toString(c.seed()));
        validationFraction.set(format(c.validationFraction()));
        padding.set(c.padding());
        formulation.set(c.formulation());
        split.set(c.split());
    }

    private static String format(double v) {
        return String.valueOf(v);
    }

    private Validation validate() {
        List<String> p = new ArrayList<>();
        ModelConfig.Builder b = base.toBuilder();
        b.maxLength(parseInt(p, Field.MAX_LENGTH, maxLength.get(), base.maxLength()));
        b.embeddingDim(parseInt(p, Field.EMBEDDING, embeddingDim.get(), base.embeddingDim()));
        b.units(parseInt(p, Field.UNITS, units.get(), base.units()));
        b.epochs(parseInt(p, Field.EPOCHS, epochs.get(), base.epochs()));
        b.batchSize(parseInt(p, Field.BATCH_SIZE, batchSize.get(), base.batchSize()));
        b.learningRate(parseDouble(p, Field.LEARNING_RATE, learningRate.get(), base.learningRate()));
        b.seed(parseLong(p, Field.SEED, seed.get(), base.seed()));
        b.validationFraction(parseDouble(p, Field.VALIDATION, validationFraction.get(), base.validationFraction()));
        b.padding(padding.get()).formulation(formulation.get()).split(split.get());
        ModelConfig c = b.build();
        p.addAll(c.problems());
        return new Validation(c, List.copyOf(p));
    }

    private static int parseInt(List<String> p, Field f, String s, int fallback) {
        long v = parseLong(p, f, s, fallback);
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? fallback : (int) v;
    }

    private static long parseLong(List<String> p, Field f, String s, long fallback) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            p.add(f.displayName() + " must be a whole number (got '" + (s == null ? "" : s.strip()) + "')");
            return fallback;
        }
    }

    private static double parseDouble(List<String> p, Field f, String s, double fallback) {
        try {
            double v = Double.parseDouble(s == null ? "" : s.strip().replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            p.add(f.displayName() + " must be a number such as 0.01 (got '" + (s == null ? "" : s.strip()) + "')");
            return fallback;
        }
    }

    public ObservableStringValue messageFor(Field field) {
        String prefix = field.displayName().toLowerCase(Locale.ROOT);
        StringBinding b = Bindings.createStringBinding(() -> problems.get().stream()
                .filter(m -> m.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst().orElse(""), problems);
        return b;
    }

    public void applyToyPreset() {
        load(toyPreset());
    }

    public boolean isToyPreset() {
        return toyPreset().equals(config.get());
    }

    private ModelConfig toyPreset() {
        return base.toBuilder().epochs(60).learningRate(0.02).build();
    }

    public StringProperty maxLengthProperty() {
        return maxLength;
    }

    public StringProperty embeddingDimProperty() {
        return embeddingDim;
    }

    public StringProperty unitsProperty() {
        return units;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty validationFractionProperty() {
        return validationFraction;
    }

    public ObjectProperty<Padding> paddingProperty() {
        return padding;
    }

    public ObjectProperty<Formulation> formulationProperty() {
        return formulation;
    }

    public ObjectProperty<SplitMethod> splitProperty() {
        return split;
    }

    public ReadOnlyObjectProperty<ModelConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }
}
