package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes as online outlets of Africa, South Asia and the Middle East print them: straight marks whose
 * paragraph breaks were lost in extraction, a stop typed where the comma belongs ("…." he said), the
 * passive credit in the sentence after ("This was stated by …", "X made the remarks …"), and speakers
 * named by a role, an abbreviated title or their organisation's last word ("the CM", "the authority").
 * The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class OnlineWireCopyTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    @Test
    void straightMarksAcrossALostParagraphBreakStayOneQuote() {
        String text = "President Amos Lenku has said the country will not return to the old ways. \"We have closed every "
                + "loophole that was used to steal public money. \"Those who think they can go on looting will be surprised.\" "
                + "Lenku said this while speaking in Eldoret on Saturday. He asked leaders to stop divisive politics. "
                + "\"Let us work together for the people. \"The campaigns are over,\" he said. The President was met by the governor.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Amos Lenku", "Lenku");
        List<Quote> quotes = direct(text, e);
        Quote first = quotes.stream().filter(q -> q.content().slice(text).contains("closed every loophole")).findFirst().orElseThrow();
        assertThat(first.content().slice(text)).contains("go on looting");
        assertThat(first.speaker()).isEqualTo("Amos Lenku");
        assertThat(speakerOf(text, e, "The campaigns are over")).isEqualTo("Amos Lenku");
        assertThat(quotes).noneMatch(q -> q.content().slice(text).contains("was met by"));

        // the quote runs on without a credit after it: no words of the narrative become its speaker
        String later = "Mayor Ken Dale said he had listed \"cases of intrusion by the press\". \"I do not compare this to "
                + "anything in history. \"But when reporters tell me they are only doing their job, that is the same excuse.\n\n"
                + "\"We are all responsible for our own choices.\" A complaint has been lodged with the watchdog.";
        List<Quote> q2 = direct(later, marked(later, EntityType.PERSON, "Ken Dale"));
        assertThat(q2).noneMatch(q -> q.speaker().contains("reporters"));
        assertThat(q2).anyMatch(q -> q.content().slice(later).contains("But when reporters") && q.speaker().equals("Ken Dale"));
    }

    @Test
    void aStopTypedForTheCommaStillLeadsToTheCredit() {
        String text = "\"The rains will be heavier this year. Families on the flood plains must move to higher ground.\" the "
                + "Commissioner for the Environment, Tokunbo Awe, said on Monday.\n\n"
                + "\"We have cleared most of the channels in the state.\" he said.\n\n"
                + "\"Our officers will enforce the law without fear or favour\". Awe added.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tokunbo Awe", "Awe");
        assertThat(speakerOf(text, e, "higher ground")).isEqualTo("Tokunbo Awe");
        assertThat(speakerOf(text, e, "cleared most")).isEqualTo("Tokunbo Awe");
        assertThat(speakerOf(text, e, "without fear")).isEqualTo("Tokunbo Awe");
    }

    @Test
    void thePassiveCreditInTheNextSentence() {
        String text = "\"We remain engaged with both parties and hope for an agreement soon.\" This was stated by Majed "
                + "Haddad, the spokesman of the foreign ministry, at the weekly briefing.\n\n"
                + "\"The situation on the ground cannot wait any longer.\" Haddad made the remarks in response to a question.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Majed Haddad", "Haddad");
        assertThat(speakerOf(text, e, "both parties")).isEqualTo("Majed Haddad");
        assertThat(speakerOf(text, e, "cannot wait")).isEqualTo("Majed Haddad");
    }

    @Test
    void rolesAndOrganisationsNamedByTheirLastWord() {
        String text = "The Minister of Information and National Orientation, Bala Idris, warned the police.\n\n"
                + "Speaking in Kano, the minister said: \"No reporter will be harassed for his work.\"\n\n"
                + "The Kenya Revenue Authority has extended the deadline.\n\n"
                + "\"We have made filing easier for small traders,\" the authority said.\n\n"
                + "Sindh Chief Minister Ahmed Raza Qureshi opened the plant. \"The plant will serve two million people,\" the CM added.\n\n"
                + "The Director-General of the service, Dr Kofi Mensah, spoke next. \"There is no cause for alarm.\" "
                + "The director-general made the remarks in Accra.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Bala Idris", "Ahmed Raza Qureshi", "Kofi Mensah",
                EntityType.ORGANIZATION, "Kenya Revenue Authority", EntityType.LOCATION, "Kano", "Sindh", "Accra");
        assertThat(speakerOf(text, e, "No reporter")).isEqualTo("Bala Idris");
        assertThat(speakerOf(text, e, "filing easier")).isEqualTo("Kenya Revenue Authority");
        assertThat(speakerOf(text, e, "two million")).isEqualTo("Ahmed Raza Qureshi");
        assertThat(speakerOf(text, e, "no cause for alarm")).isEqualTo("Kofi Mensah");

        // "the President" capitalised is the president named before, not a person called "President"
        String address = "President Ana Kumara spoke on Sunday night. In her address, the President said:\n\n"
                + "\"We inherited an economy on its knees.\"";
        assertThat(speakerOf(address, marked(address, EntityType.PERSON, "Ana Kumara"), "inherited")).isEqualTo("Ana Kumara");
    }

    @Test
    void aFamilyNameAloneIsTheFullNameItOpensAndQuotedByIsACue() {
        String text = "Premier Li Qiang said growth would hold.\n\n\"We will keep the economy stable,\" Li said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Li Qiang");
        e = new java.util.ArrayList<>(e);
        int at = text.indexOf("Li said");
        e.add(new EntityMention(new dev.precis.model.TextRange(at, at + 2), EntityType.PERSON, "Li", "Li"));
        assertThat(speakerOf(text, e, "economy stable")).isEqualTo("Li Qiang");

        String army = "Army spokesman Felix Okello was quoted by local media as saying: \"Our troops are within our borders.\"";
        assertThat(speakerOf(army, marked(army, EntityType.PERSON, "Felix Okello"), "within our borders")).isEqualTo("Felix Okello");
    }

    @Test
    void aNameSetOffAfterADescriptionIsTheNewSubjectOfAPronoun() {
        String text = "\"There is no cause for alarm,\" said Dr Kofi Mensah.\n\n"
                + "A resident of Takoradi, Ama Boateng, spoke of her fears for her children.\n\n"
                + "\"Nobody has come to tell us anything,\" she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kofi Mensah", "Ama Boateng");
        assertThat(speakerOf(text, e, "Nobody has come")).isEqualTo("Ama Boateng");
    }

    @Test
    void reportedSpeechAfterWhereItWasSaidOrAnAdverbOfTime() {
        String text = "Labour leader Tom Reed told a conference in Leeds that prices would fall next year.\n\n"
                + "Opposition leader Ann Hale said voters no longer trust the government on the economy.";
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text),
                marked(text, EntityType.PERSON, "Tom Reed", "Ann Hale"));
        assertThat(quotes).anyMatch(q -> q.kind() == QuoteKind.INDIRECT && q.speaker().equals("Tom Reed")
                && q.content().slice(text).equals("prices would fall next year"));
        assertThat(quotes).anyMatch(q -> q.kind() == QuoteKind.INDIRECT && q.speaker().equals("Ann Hale")
                && q.content().slice(text).startsWith("voters no longer trust"));
    }

    @Test
    void descriptionsThatPointBackAndOnesThatIntroduceSomeoneNew() {
        String text = "\"We sold our crop on credit and nobody has paid us,\" said Kwame Adjei, a farmer at Nkawie.\n\n"
                + "\"Some of us cannot pay school fees,\" the 52-year-old father of five said.\n\n"
                + "The Cocoa Marketing Board issued a statement on Wednesday.\n\n"
                + "\"All arrears will be cleared by the end of the month,\" the statement read.\n\n"
                + "Coast guard spokesperson Jay Santos posted a video. \"We will not be deterred,\" Santos said.\n\n"
                + "\"China will take the necessary measures,\" an embassy spokesperson said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kwame Adjei", "Jay Santos", "Santos",
                EntityType.ORGANIZATION, "Cocoa Marketing Board");
        assertThat(speakerOf(text, e, "school fees")).isEqualTo("Kwame Adjei");
        assertThat(speakerOf(text, e, "All arrears")).isEqualTo("Cocoa Marketing Board");
        assertThat(speakerOf(text, e, "necessary measures")).isEqualTo("an embassy spokesperson");

        // no issuer named before it: the document itself speaks, its phrase as the speaker's range
        String editorial = "The paper ran a long piece on Sunday.\n\n\"The minister must resign before the budget,\" the editorial read.";
        Quote q = direct(editorial, List.of()).get(0);
        assertThat(q.speaker()).isEqualTo("the editorial");
        assertThat(q.speakerRange().slice(editorial)).isEqualTo("the editorial");
    }

    @Test
    void aLongCreditSentenceAfterTheQuoteAndNoReportedSpeechInStatedThis() {
        String text = "\"We will not rest until every village is safe.\" Governor Uba Sani stated this on Tuesday when he "
                + "received a delegation of traditional rulers at the Government House.\n\n"
                + "NCP (SP) MP Supriya Sule criticised the delay. \"They have promised this road for five years\" she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Uba Sani", "Supriya Sule");
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text), e);
        assertThat(speakerOf(text, e, "every village")).isEqualTo("Uba Sani");
        assertThat(quotes).noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.content().slice(text).startsWith("this on Tuesday"));
        assertThat(speakerOf(text, e, "promised this road")).isEqualTo("Supriya Sule");
    }
}
