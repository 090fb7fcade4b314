package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names58: names57's two rules that reach every document, narrowed. A tie between a place's reading and
 * an organisation's, of a name no list holds as a place, goes to the organisation ({@link DocumentLinker}); ties
 * with a person's reading and listed places keep each mention's type. A closed-class word in capitals is no
 * acronym ({@link CommonAbbreviations}); a body in capitals stays one. Sentences and names written for this test.
 */
class TypeTiesAndShoutedCapitalsTest {

    /** Sentences of space-separated tokens, one after another. */
    private static TokenizedText doc(String[]... sentences) {
        return EntityTestSupport.document(sentences);
    }

    /** Both readings of the name in the first token of each sentence, tied one to one, after the type pass. */
    private static List<String> tie(String name, String first, String second) {
        TokenizedText doc = doc(new String[] {name, "said", "it", "would", "close", "."},
                new String[] {"I", "worked", "at", name, "."});
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 0, 1, first, false),
                new MentionDraft(1, 3, 4, second, false)));
        EntityModels models = EntityTestSupport.models();
        new DocumentLinker(models.capitals(), models.gazetteer()).unifyTypes(doc, mentions);
        return mentions.stream().map(m -> m.type).toList();
    }

    @Test
    void aTieBetweenAnUnlistedPlaceAndABodyGoesToTheBody() {
        assertThat(tie("Veltrona", EntityTypes.ORGANIZATION, EntityTypes.LOCATION))
                .containsExactly(EntityTypes.ORGANIZATION, EntityTypes.ORGANIZATION);
        assertThat(tie("Veltrona", EntityTypes.LOCATION, EntityTypes.ORGANIZATION))
                .containsExactly(EntityTypes.ORGANIZATION, EntityTypes.ORGANIZATION);
    }

    @Test
    void aListedPlaceAndAPersonsReadingKeepTheirTiedTypes() {
        assertThat(tie("Nairobi", EntityTypes.ORGANIZATION, EntityTypes.LOCATION))
                .containsExactly(EntityTypes.ORGANIZATION, EntityTypes.LOCATION);
        assertThat(tie("Veltrona", EntityTypes.ORGANIZATION, EntityTypes.PERSON))
                .containsExactly(EntityTypes.ORGANIZATION, EntityTypes.PERSON);
    }

    @Test
    void aClosedClassWordInCapitalsIsNoAcronym() {
        String text = "Delivery takes 3 TO 4 DAYS, and the store says WHO WANTS TO HELP should call.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "TO")).isNull();
    }

    @Test
    void aListedBodyInCapitalsStaysABody() {
        assertNames("READ THE WHO REPORT before you travel.", EntityType.ORGANIZATION, "WHO");
        assertNames("The WHO said the outbreak was over.", EntityType.ORGANIZATION, "WHO");
    }
}
