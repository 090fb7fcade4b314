package dev.precis.nlp.entity;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * A maximum-entropy model whose evaluation of plain (unvalued) contexts goes through the flattened table of
 * {@link CompiledNameModel}; everything else is the wrapped model's. Made for OpenNLP's tokenizer: in a one-off
 * ingest, {@code TokenizerME} evaluates its model at every inner position of each word not yet seen (about 4% of
 * the ingest's CPU), and most of that went to {@code GISModel}'s {@code LinkedHashMap} look-ups of the freshly
 * built feature strings (each string hashed, then compared on a hit). The table hashes each feature once and
 * touches one slot, or none when its filter proves the feature unknown.
 *
 * <p>The answers are the wrapped model's, bit for bit: {@link CompiledNameModel#compile} returns a table only when
 * it reproduces the model's probabilities exactly on sample contexts (the uniform log prior, each known feature's
 * weights added per outcome in context order, {@code StrictMath.exp}, the same normalisation — GISModel's own
 * operations in its own order), and otherwise the tokenizer keeps the model as read. The tokenizer's own code
 * (its context generator, its choice of the best outcome, its abbreviations) is unchanged: only the model object it
 * asks is this one. It is an {@link AbstractModel} over the wrapped model's own parameters, feature map and
 * outcome names (shared, not copied), as {@code TokenizerModel} accepts no other kind; its best outcome, outcome
 * names and indices are {@code AbstractModel}'s over those same names. Immutable and thread-safe, as the table is.
 */
final class CompiledMaxentModel extends AbstractModel {

    private final MaxentModel model;
    private final CompiledNameModel table;

    @SuppressWarnings("unchecked")
    private CompiledMaxentModel(AbstractModel model, CompiledNameModel table) {
        super((Context[]) model.getDataStructures()[0], null, (Map<String, Context>) model.getDataStructures()[1],
                (String[]) model.getDataStructures()[2]);
        this.model = model;
        this.table = table;
    }

    /**
     * The tokenizer model with its maximum-entropy model evaluated through the flattened table, or the same
     * model when the table cannot be made (not a GIS model, colliding hashes, or a probability that differs).
     */
    static TokenizerModel tokenizer(TokenizerModel tokenizer) {
        CompiledNameModel table = CompiledNameModel.compile(tokenizer.getMaxentModel());
        if (table == null || !(tokenizer.getMaxentModel() instanceof AbstractModel model)) {
            return tokenizer;
        }
        return new TokenizerModel(new CompiledMaxentModel(model, table), Map.of(), tokenizer.getFactory());
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[table.numOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        // GISModel.eval(context, probs): probs is overwritten by the log prior, then summed and normalised in place
        table.startSums(probs);
        for (String feature : context) {
            table.add(table.row(feature), probs);
        }
        return table.normalise(probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values); // valued contexts: the model's own path (the tokenizer never asks it)
    }
}
