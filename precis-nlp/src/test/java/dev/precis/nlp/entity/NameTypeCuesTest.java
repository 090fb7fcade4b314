package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names39: types a name's own words settle, and one page per person in a document whatever the form of
 * the given name or the particle. Sentences and names written for this test.
 */
class NameTypeCuesTest {

    @Test
    void anExchangesNameIsACompany() {
        String text = "Shares in Nordwerk Boerse rose after the exchange said it would bid for its rival. "
                + "Nordwerk Boerse has offered 1.2bn euros.";
        EntityMention m = mention(run(text), text, "Nordwerk Boerse");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPeerIsAPersonAndStatesAloneNoPlace() {
        TokenizedText doc = sentence("Lord", "Tamberlake", "said", "States", "must", "pay", "as", "the", "United",
                "States", "did", "under", "Lord", "Chancellor", "Fenwick");
        List<MentionDraft> mentions = new ArrayList<>(List.of(
                new MentionDraft(0, 0, 2, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 3, 4, EntityTypes.LOCATION, false),
                new MentionDraft(0, 9, 10, EntityTypes.LOCATION, false),
                new MentionDraft(0, 12, 14, EntityTypes.ORGANIZATION, false)));
        NameTypeCues.apply(doc, mentions, EntityTestSupport.models().gazetteer());
        assertThat(mentions).extracting(m -> Gazetteer.join(doc.sentence(0), m.start, m.end) + "/" + m.type)
                .containsExactly("Lord Tamberlake/person", "United States/location", "Lord Chancellor/organization");
    }

    @Test
    void aShortGivenNameAndASurnameWithItsParticleAreThePersonNamedInFull() {
        String text = "Vincent Harrowgate, the party's treasury spokesman, said the plan would fail. Later Vince "
                + "Harrowgate told reporters the tax was unfair. The minister Julio de Pallares met bankers. "
                + "De Pallares said the debt would be paid.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Vince Harrowgate").canonical()).isEqualTo("Vincent Harrowgate");
        assertThat(mention(found, text, "De Pallares").canonical()).isEqualTo("Julio de Pallares");
    }
}
