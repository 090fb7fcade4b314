package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.EntityMention;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity recall on the two seed articles' gold (../shared/gold/seeds.json): a gold entity counts as
 * found when every one of its aliases that occurs on its own in the text (not only inside a longer
 * alias, as "Grushko" inside "Alexander Grushko") is a mention with the gold type and canonical name.
 */
class SeedEntitiesTest {

    private static StatisticalEntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = EntityTestSupport.recognizer();
    }

    @Test
    void findsTheGoldEntitiesOfBothSeeds() throws Exception {
        Path goldFile = SharedData.require("gold/seeds.json");
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> seed = it.next();
            String text = Files.readString(SharedData.require("seeds/" + seed.getKey()), StandardCharsets.UTF_8);
            List<EntityMention> found = recognizer.recognize(text, new NewsSentenceSplitter().split(text));
            for (JsonNode entity : seed.getValue().get("entities")) {
                total++;
                String canonical = entity.get("canonical").asText();
                String type = entity.get("type").asText();
                List<String> aliases = new ArrayList<>();
                entity.get("aliases").forEach(a -> aliases.add(a.asText()));
                for (String alias : aliases) {
                    if (!standsAlone(text, alias, aliases)) {
                        continue;
                    }
                    boolean hit = found.stream().anyMatch(m -> m.range().slice(text).equals(alias)
                            && m.type().name().equals(type) && m.canonical().equals(canonical));
                    if (!hit) {
                        missed.add(seed.getKey() + ": " + alias + " -> " + canonical + " (" + type + ")");
                        break;
                    }
                }
            }
        }
        double recall = (total - missed.size()) / (double) total;
        System.out.printf("seed entity recall %.3f (%d/%d); missed %s%n", recall, total - missed.size(), total, missed);
        assertThat(total).isGreaterThan(20);
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    /** True when {@code alias} occurs at least once outside every occurrence of a longer alias. */
    private static boolean standsAlone(String text, String alias, List<String> aliases) {
        for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
            boolean inside = false;
            for (String longer : aliases) {
                if (longer.length() <= alias.length() || !longer.contains(alias)) {
                    continue;
                }
                int offset = longer.indexOf(alias);
                inside |= at - offset >= 0 && text.startsWith(longer, at - offset);
            }
            if (!inside) {
                return true;
            }
        }
        return false;
    }
}
