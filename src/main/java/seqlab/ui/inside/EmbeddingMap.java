package seqlab.ui.inside;

import seqlab.model.EmbeddingProjection;
import seqlab.model.ItemVectors;
import seqlab.model.NearestItems;

/** One model's items on the 2D map, with their vectors for nearest-neighbour look-ups. */
public record EmbeddingMap(ItemVectors items, EmbeddingProjection projection, NearestItems nearest) {

    static EmbeddingMap of(ItemVectors items, EmbeddingProjection previous) {
        return new EmbeddingMap(items, EmbeddingProjection.of(items.vectors(), previous,
                EmbeddingProjection.Alignment.SIGNS), new NearestItems(items.vectors()));
    }
}
