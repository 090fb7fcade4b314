package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote shapes quotes50 left and shapes of English-language outlets across Asia, Africa and Latin America (quotes51):
 * a speaker named only by role before the text names them, "According to the …, X, “…”", a bracketed aside between a
 * name and "said:", names the recogniser cut or missed (a whole capitalised run; a name made whole at its particles
 * linked to its fuller mention), and a role with a plural possessive after a dashed turn. The sentences are written for
 * this test; the entities are given by hand as the recogniser would mark them (cut names included).
 */
class NamedLaterAndCutNamesTest {

    @Test
    void aRoleTheTextNamesAParagraphLaterIsThatPerson() {
        String text = "The country's water minister warned on Monday that the reservoirs were half empty.\n\n"
                + "“Every city will ration water from June,” the minister told reporters.\n\n"
                + "The minister, Dr Wanjiru Kamau, said tankers would serve the worst-hit districts.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Wanjiru Kamau"), "ration water")).isEqualTo("Wanjiru Kamau");
        String titled = "The port authority's director said the cranes would be replaced.\n\n"
                + "“The old ones are forty years old,” the director said.\n\nDirector Rui Tembe also said the work would take a year.";
        assertThat(speakerOf(titled, marked(titled, EntityType.PERSON, "Rui Tembe"), "forty years old")).isEqualTo("Rui Tembe");
    }

    @Test
    void aRoleNamedForSomeoneElseLaterIsNotTakenWithoutTheRoleWord() {
        String text = "A ministry official said the budget was late.\n\n“The figures changed twice,” the official said.\n\n"
                + "Opposition leader Musa Danjuma called the delay a scandal.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Musa Danjuma"), "figures changed")).isNotEqualTo("Musa Danjuma");
    }

    @Test
    void accordingToADescriptionAndTheNameSetOffByCommas() {
        String text = "The harvest came in late.\n\nAccording to the growers' association chairman, Imran Qureshi, "
                + "“half the wheat was lost to the rain.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Imran Qureshi"), "half the wheat")).isEqualTo("Imran Qureshi");
        String colon = "The ferry sank within minutes.\n\nAccording to the operator's managing director, Tomasz Ilunga: "
                + "“The boat passed its inspection in May.”";
        assertThat(speakerOf(colon, marked(colon, EntityType.PERSON, "Tomasz Ilunga"), "passed its inspection")).isEqualTo("Tomasz Ilunga");
    }

    @Test
    void aBracketedAsideBetweenTheNameAndSaid() {
        String text = "Nurses went back to the wards on Monday.\n\nGrace Nakato (the association's president, who led the "
                + "talks for three weeks) said: “We won the night allowance and nothing else.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Grace Nakato"), "night allowance")).isEqualTo("Grace Nakato");
    }

    @Test
    void aCapitalisedRunTheRecogniserCutOrMissedIsTheName() {
        String text = "The river burst its banks overnight.\n\n“The water reached the second floor,” according to Shirin Akter, "
                + "a shopkeeper.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Shirin"), "second floor")).isEqualTo("Shirin Akter");
        String missed = "Coffee prices fell again.\n\n“We sell at a loss,” Tran Van Phuc, a grower in the highlands, told reporters.";
        assertThat(speakerOf(missed, List.of(), "at a loss")).isEqualTo("Tran Van Phuc");
    }

    @Test
    void aTitleBeforeTheNameTheRecogniserMarkedStaysOutOfIt() {
        String text = "The search ended on Sunday.\n\n“We found all nine climbers,” Commander Ilse Varga told reporters.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ilse Varga"), "nine climbers")).isEqualTo("Ilse Varga");
    }

    @Test
    void aNameMadeWholeAtItsParticlesTakesItsFullerMention() {
        String text = "Carmen de la Fuente has run the school for twenty years.\n\n“We will not close,” De la Fuente said.";
        List<EntityMention> entities = new ArrayList<>(marked(text, EntityType.PERSON, "Carmen"));
        int at = text.lastIndexOf("Fuente");
        entities.add(new EntityMention(new dev.precis.model.TextRange(at, at + "Fuente".length()), EntityType.PERSON, "Fuente", "Fuente"));
        entities.sort((a, b) -> a.range().compareTo(b.range()));
        assertThat(speakerOf(text, entities, "not close")).isEqualTo("Carmen de la Fuente");
    }

    @Test
    void aRoleWithAPluralPossessiveAfterADashedTurn() {
        String text = "The dockers walked out at dawn.\n\n—We will not load a single ship —said dockers' leader Juan Ferreyra.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Juan Ferreyra"), "single ship")).isEqualTo("Juan Ferreyra");
    }

    @Test
    void theMessageFromAPersonBeforeAColon() {
        String text = "The budget was read in parliament on Thursday.\n\nThe message from Planning Minister Aye Chan Thu was "
                + "blunt: “There will be no new roads this year.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Aye Chan Thu"), "no new roads")).isEqualTo("Aye Chan Thu");
    }

    @Test
    void aPossessiveBeforeTheNameIsNoPartOfIt() {
        String text = "The debate ran late.\n\n“Let him answer the question,” NTV's Ruth Okello said.";
        var entities = marked(text, EntityType.ORGANIZATION, "NTV", EntityType.PERSON, "Ruth Okello");
        assertThat(speakerOf(text, entities, "answer the question")).isEqualTo("Ruth Okello");
    }

    @Test
    void aRoleAfterANamedSpeakerDoesNotLookForwardForSomeoneElse() {
        String text = "“We will win the north,” Okoth said on Sunday.\n\n“That would be me, yes,” the senator said.\n\n"
                + "Later, Senator Ama Boadu said the race was open.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Okoth", "Ama Boadu"), "That would be me")).isNotEqualTo("Ama Boadu");
    }
}
