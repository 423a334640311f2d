package seqlab.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapper of the program (model bundles, run histories, experiment files, remembered
 * import choices, the command line's output). Fields it does not know are ignored when reading, so
 * a file written by a newer SeqLab with more fields still loads; what is missing is checked by the
 * readers themselves.
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonCodec() {
    }

    /** The shared mapper; thread-safe once configured, as Jackson's mappers are. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
