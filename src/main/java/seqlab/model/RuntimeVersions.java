package seqlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;

/**
 * What SeqLab runs on, for Help &gt; About and bug reports: the versions of SeqLab, DL4J, ND4J and Java,
 * the ND4J backend in use and its native thread count. {@link #detect()} loads ND4J, which can take
 * seconds the first time: call it off any UI thread.
 *
 * @param seqlab  SeqLab's version (from the jar's manifest; "development build" outside a jar)
 * @param dl4j    the deeplearning4j-nn version
 * @param nd4j    the nd4j-api version
 * @param java    the Java runtime's version and vendor
 * @param backend the ND4J backend class in use, e.g. {@code CpuBackend}
 * @param threads ND4J's native (OpenMP) thread limit now
 */
public record RuntimeVersions(String seqlab, String dl4j, String nd4j, String java, String backend, int threads) {

    /** Reads the versions and asks ND4J for its backend and thread count. */
    public static RuntimeVersions detect() {
        String own = RuntimeVersions.class.getPackage().getImplementationVersion();
        return new RuntimeVersions(own == null ? "development build" : own,
                mavenVersion("org.deeplearning4j", "deeplearning4j-nn"), mavenVersion("org.nd4j", "nd4j-api"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                Nd4j.getBackend().getClass().getSimpleName(), Nd4j.getEnvironment().maxThreads());
    }

    /** The version in a dependency's {@code pom.properties}, or "unknown". */
    static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Nd4j.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
