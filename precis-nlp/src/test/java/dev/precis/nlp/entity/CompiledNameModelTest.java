package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class CompiledNameModelTest {

    @Test
    @SuppressWarnings("unchecked")
    void theKnownFeatureFilterNeverHidesAFeatureTheModelHas() {
        GISModel plain = (GISModel) EntityModels.loadDefault().names().getArtifact("nameFinder.model");
        CompiledNameModel flat = CompiledNameModel.compile(plain);
        assertThat(flat).isNotNull();
        Map<String, Context> parameters = (Map<String, Context>) plain.getDataStructures()[1];
        int unknown = 0;
        for (String feature : parameters.keySet()) {
            assertThat(flat.row(feature)).as(feature).isGreaterThanOrEqualTo(0);
            // the same feature with a character the model never sees appended: absent from the model
            if (flat.row(feature + "\u0001") < 0) {
                unknown++;
            }
        }
        assertThat(parameters).hasSizeGreaterThan(10_000);
        assertThat(unknown).isEqualTo(parameters.size());
    }
}
