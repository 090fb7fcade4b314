package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in the attribution styles of wire copy from outside the US (Xinhua, Anadolu, PTI, AFP, the
 * Kenyan, Nigerian, Pakistani and Ghanaian press): a new voice introduced as a sentence's subject and then
 * quoted with "he" or "she", a role word pointing back to the titled name ("the Congress leader", "the
 * ambassador", "the chief adviser"), a family name used alone ("Ma said"), "was quoted as saying", „…“
 * marks, the office a spokesman serves before the name set off after it, a title and name before a colon.
 * The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class WireQuoteSpeakersTest {

    @Test
    void aPronounAfterANewSubjectIsThatPerson() {
        String text = "Interior minister Kip Murkomen warned police officers against extortion.\n\n"
                + "“Any officer who takes bribes will be sacked,” he said.\n\n"
                + "Nakuru Governor Susan Kihika welcomed the directive.\n\n"
                + "“Our people have suffered enough at the hands of corrupt officers,” she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kip Murkomen", "Susan Kihika");
        assertThat(speakerOf(text, e, "Any officer")).isEqualTo("Kip Murkomen");
        assertThat(speakerOf(text, e, "Our people")).isEqualTo("Susan Kihika");

        // a subject of the other gender by a given name is not the pronoun's
        text = "“We will review the tariffs,” Tom Harlan said.\n\n"
                + "Susan Brandt later met the delegation.\n\n"
                + "“Nothing has been decided,” he said.";
        e = marked(text, EntityType.PERSON, "Tom Harlan", "Susan Brandt");
        assertThat(speakerOf(text, e, "Nothing has been decided")).isEqualTo("Tom Harlan");
    }

    @Test
    void aPronounAfterASubjectWithAnOpenerAndAnAside() {
        String text = "Idris, who spoke at a workshop in Abuja, said: “No journalist will be harassed for doing his job.”\n\n"
                + "Also speaking, the President of the Nigeria Union of Journalists, Chris Isiguzo, urged a review of the law.\n\n"
                + "He said: “The law has been used to harass journalists across the country.”\n\n"
                + "Mr Ahmed, a farmer from Badin, said he had lost his entire crop. “There is nothing left for my children,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mohammed Idris", "Idris", "Chris Isiguzo", "Ahmed",
                EntityType.ORGANIZATION, "Nigeria Union of Journalists");
        assertThat(speakerOf(text, e, "The law has been used")).isEqualTo("Chris Isiguzo");
        assertThat(speakerOf(text, e, "There is nothing left")).isEqualTo("Ahmed");
    }

    @Test
    void aRoleWordPointsBackToTheTitledName() {
        String text = "Congress leader Jairam Ramesh hit back at the minister.\n\n"
                + "“The people of Manipur are still waiting for justice,” the Congress leader said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Jairam Ramesh", EntityType.ORGANIZATION, "Congress");
        assertThat(speakerOf(text, e, "The people of Manipur")).isEqualTo("Jairam Ramesh");

        text = "Speaking to Anadolu, Palestinian ambassador to Turkey Faed Mustafa said the occupation must end.\n\n"
                + "“The world must recognise the State of Palestine,” the ambassador added.";
        e = marked(text, EntityType.PERSON, "Faed Mustafa", EntityType.ORGANIZATION, "Anadolu");
        assertThat(speakerOf(text, e, "The world must")).isEqualTo("Faed Mustafa");

        text = "Chief Adviser Professor Muhammad Yunus today said the election would be held on time.\n\n"
                + "“We are committed to handing over power,” the chief adviser said.";
        e = marked(text, EntityType.PERSON, "Muhammad Yunus");
        assertThat(speakerOf(text, e, "We are committed")).isEqualTo("Muhammad Yunus");
    }

    @Test
    void aFamilyNameFirstUsedAlone() {
        String text = "Chinese Vice Foreign Minister Ma Zhaoxu met the visiting delegation on Tuesday.\n\n"
                + "“China is ready to deepen practical cooperation,” Ma said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ma Zhaoxu");
        assertThat(speakerOf(text, e, "China is ready")).isEqualTo("Ma Zhaoxu");
    }

    @Test
    void quotedAsSaying() {
        String text = "Home Minister Amit Shah was quoted as saying, “No terrorist will be spared.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Amit Shah"), "No terrorist")).isEqualTo("Amit Shah");
        text = "“Africa cannot develop while it spends more on debt than on health,” Cyril Ramaphosa was quoted as saying by local media.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Cyril Ramaphosa"), "Africa cannot")).isEqualTo("Cyril Ramaphosa");
    }

    @Test
    void lowHighQuotationMarks() {
        String text = "French President Emmanuel Macron urged more spending. "
                + "„Wir müssen die Ukraine weiter unterstützen“, Olaf Scholz said, adding that no troops would be sent.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Emmanuel Macron", "Olaf Scholz");
        assertThat(speakerOf(text, e, "Wir müssen")).isEqualTo("Olaf Scholz");
    }

    @Test
    void theOfficeASpokesmanServesBeforeTheNameSetOff() {
        String text = "The spokesman for the UN Secretary-General, Stephane Dujarric, told reporters in New York: "
                + "“The situation is beyond catastrophic.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Stephane Dujarric", EntityType.ORGANIZATION, "UN");
        assertThat(speakerOf(text, e, "The situation")).isEqualTo("Stephane Dujarric");
    }

    @Test
    void aTitleAndANameTheEntitiesMissedBeforeAColon() {
        String text = "Trade between China and Pakistan grew by a fifth last year.\n\n"
                + "Minister of State for Foreign Affairs Zeng Jun: “Our friendship is higher than the mountains.”";
        List<EntityMention> e = marked(text, EntityType.LOCATION, "China", "Pakistan");
        assertThat(speakerOf(text, e, "Our friendship")).isEqualTo("Zeng Jun");
    }
}
