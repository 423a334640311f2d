package seqlab.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import seqlab.eval.MetricsReport;

/**
 * What the quality report measured on one data set.
 *
 * @param name        the data set's name
 * @param source      where the data came from (file or generator settings)
 * @param splitNote   how it was split
 * @param epochs      epochs trained
 * @param seconds     training time (the epochs' training parts, validation excluded)
 * @param wallSeconds the whole run: preparing, training, validating and testing
 * @param test        metrics per scorer on the test part: lstm, markov, popularity and, for
 *                    synthetic data, bayes (empty without a test part)
 * @param validation  the same on the validation part (the LSTM's from its last epoch)
 */
record QualityResult(String name, String source, String splitNote, int epochs, double seconds, double wallSeconds,
                     Map<String, MetricsReport> test, Map<String, MetricsReport> validation) {

    QualityResult {
        test = Collections.unmodifiableMap(new LinkedHashMap<>(test));
        validation = Collections.unmodifiableMap(new LinkedHashMap<>(validation));
    }
}
