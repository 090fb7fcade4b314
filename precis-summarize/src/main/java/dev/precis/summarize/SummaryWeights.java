package dev.precis.summarize;

/**
 * The weights of {@link PositionCentralitySummarizer}'s sentence score. The defaults were chosen by
 * {@code precis eval summaries --tune} on one half of the BBC set (see README), and checked on the
 * other half.
 *
 * @param positionDecay exponent of the lead prior {@code 1 / (1 + i)^decay}
 * @param position weight of the lead prior
 * @param centrality weight of similarity to the article's centroid
 * @param title weight of similarity to the headline
 * @param length weight of the preference for sentences of ordinary length
 * @param redundancy weight of the MMR penalty: similarity to what is already chosen
 * @param dangling penalty share for an opening pronoun/connective whose antecedent is not chosen
 * @param partialQuote penalty share for half a quotation
 */
public record SummaryWeights(double positionDecay, double position, double centrality, double title,
                             double length, double redundancy, double dangling, double partialQuote) {

    /** Weights tuned on the BBC training half. */
    public static final SummaryWeights DEFAULT = new SummaryWeights(1.0, 1.0, 0.5, 0.3, 0.2, 0.6, 0.5, 0.5);
}
