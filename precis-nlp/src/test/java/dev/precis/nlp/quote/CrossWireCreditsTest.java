package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits of wire copy from Africa, Asia, the Gulf and Latin America that the finder missed or gave to the
 * wrong speaker: titles abbreviated before names, capitalised offices set off after a name, crowds described by
 * a participle, names the recogniser missed after a role, dialogue set with dashes, a credit sentence ending in
 * a stop before the quote, statements issued, one-word answers. The sentences are written for this test; the
 * entities are given by hand as the recogniser would mark them (misses included, where said).
 */
class CrossWireCreditsTest {

    @Test
    void aTitleAbbreviatedBeforeTheNameEndsNoSentence() {
        String text = "The Independent Electoral Board chairman, Prof. Amina Sule, said: “The board is ready for the polls.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Amina Sule"), "ready for the polls")).isEqualTo("Amina Sule");
    }

    @Test
    void aCapitalisedOfficeSetOffAfterTheName() {
        String after = "“The new berths will open in March,” Salim Al Harthy, Chairman of the Board of Directors of the "
                + "Sohar Port Authority, said on Sunday.";
        List<EntityMention> a = marked(after, EntityType.PERSON, "Salim Al Harthy", EntityType.ORGANIZATION, "Sohar Port Authority");
        assertThat(speakerOf(after, a, "new berths")).isEqualTo("Salim Al Harthy");
        String before = "Senator Musa Adamu, Chairman of the Senate Committee on Water Resources and Irrigation, said: "
                + "“Our farmers cannot wait for another season.”";
        assertThat(speakerOf(before, marked(before, EntityType.PERSON, "Musa Adamu"), "another season")).isEqualTo("Musa Adamu");
    }

    @Test
    void aCrowdDescribedByAParticipleChants() {
        String text = "Students waving red and white flags chanted “Justice now” outside the court.";
        assertThat(speakerOf(text, List.of(), "Justice now")).isEqualTo("Students");
    }

    @Test
    void aNameTheRecogniserMissedAfterARoleIsThePronounsAntecedent() {
        String text = "HARARE — Mining minister Tom Banda said the levy would stay. “It is fair,” Banda said.\n\n"
                + "Chamber of Mines president Tendai Moyo criticised the new royalty on Thursday.\n\n"
                + "“This will close small mines across the country,” she said.";
        // the recogniser found the minister and the chamber, not Tendai Moyo
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Banda", "Banda", EntityType.ORGANIZATION, "Chamber of Mines");
        assertThat(speakerOf(text, e, "close small mines")).isEqualTo("Tendai Moyo");
    }

    @Test
    void dialogueSetWithDashes() {
        String text = "The border guard, Omar Haddad, was asked when the gate would open.\n\n"
                + "— It opens at six every morning, he replied.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Omar Haddad"), "opens at six")).isEqualTo("Omar Haddad");
        String list = "Key measures:\n\n— Fuel prices rise by ten percent\n\n— Bread stays at the old price";
        assertThat(direct(list, List.of())).isEmpty();
    }

    @Test
    void aCreditSentenceEndingInAStopBeforeTheQuote() {
        String text = "Health Minister Ruth Achieng said in a statement on Friday. “Every district hospital will receive "
                + "oxygen within a week.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ruth Achieng"), "oxygen")).isEqualTo("Ruth Achieng");
        // a quotation closing with a comma has its own credit after it, however unusual: not the sentence before's
        String sign = "The agency said in a statement on Friday. “No entry for heavy trucks,” read a banner at the gate.";
        assertThat(speakerOf(sign, marked(sign, EntityType.ORGANIZATION, "The agency"), "heavy trucks")).isEqualTo("(no quote)");
        // a sentence inside the quotation before is someone's words, even when it ends in a verb's form ("states")
        String run = "Ann Lee said, “The rule is clear. No member may buy its security at the expense of other states.\n\n"
                + "“In other words, every member has the same rights.”";
        assertThat(speakerOf(run, marked(run, EntityType.PERSON, "Ann Lee"), "same rights")).isEqualTo("Ann Lee");
    }

    @Test
    void aStatementIssuedAndAStatementFromABody() {
        String issued = "President Luis Arce issued a statement, “The country will not bow to pressure from anyone.”";
        assertThat(speakerOf(issued, marked(issued, EntityType.PERSON, "Luis Arce"), "bow to pressure")).isEqualTo("Luis Arce");
        // the council is not recognised: its capitalised name is the speaker, whole
        String from = "“The results will be released on Monday,” according to a statement from the National Examinations Council.";
        assertThat(speakerOf(from, List.of(), "released on Monday")).isEqualTo("National Examinations Council");
    }

    @Test
    void adjectivesSetApartByACommaInTheDescriptionAfterTheQuote() {
        String text = "“We never asked for this war,” the soft-spoken, 70-year-old cleric said.";
        assertThat(speakerOf(text, List.of(), "this war")).isEqualTo("the soft-spoken, 70-year-old cleric");
    }

    @Test
    void oneWordWithACreditBesideIt() {
        String text = "Asked whether the talks would resume, Kwesi Mensah said, “Certainly.” Asked when, his deputy Ama Owusu "
                + "was brief.\n\n“Tomorrow,” Ama Owusu answered.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kwesi Mensah", "Ama Owusu");
        assertThat(speakerOf(text, e, "Certainly")).isEqualTo("Kwesi Mensah");
        assertThat(speakerOf(text, e, "Tomorrow")).isEqualTo("Ama Owusu");
    }

    @Test
    void theSubjectOfTwoVerbsAndADescriptionWithItsRelativeClause() {
        String laughed = "Asked about the rumours, Peter Mwangi laughed and said, “We shall see.”";
        assertThat(speakerOf(laughed, marked(laughed, EntityType.PERSON, "Peter Mwangi"), "shall see")).isEqualTo("Peter Mwangi");
        String who = "Kofi Boateng, a retired teacher who has lived in the village since 1970, said, “The river has never been this low.”";
        assertThat(speakerOf(who, marked(who, EntityType.PERSON, "Kofi Boateng"), "never been")).isEqualTo("Kofi Boateng");
    }

    @Test
    void theCentralBankIsTheOneBankNamed() {
        String one = "The Bank of Ghana held its policy rate at 27 percent. “Inflation is slowing,” the central bank said.";
        assertThat(speakerOf(one, marked(one, EntityType.ORGANIZATION, "Bank of Ghana"), "slowing")).isEqualTo("Bank of Ghana");
        String two = "The Bank of Ghana and Stanbic Bank both cut rates. “Inflation is slowing,” the central bank said.";
        List<EntityMention> e = new ArrayList<>(marked(two, EntityType.ORGANIZATION, "Bank of Ghana", "Stanbic Bank"));
        assertThat(speakerOf(two, e, "slowing")).isEqualTo("the central bank");
    }
}
