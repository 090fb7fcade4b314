package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits of wire copy from South Asia, Africa and the Gulf that the finder missed or gave to the wrong
 * person: a credit sentence with a trailing clause after a long quote, long relative clauses and titled
 * descriptions between speaker and verb, a name inside an epithet ("the Tamale MP"), roles introduced before the name,
 * chants, and a paragraph of quoted words after reported speech. The sentences are written for this test;
 * the entities are given by hand as the recogniser would mark them (errors included, where said).
 */
class RegionalCreditsTest {

    @Test
    void aCreditSentenceAfterALongQuoteMayEndWithWhatTheSpeakerWasDoing() {
        String text = "“The committee has heard every side. We will publish its findings within a month, and nobody "
                + "will be spared if the report names them.” Rahman said after chairing a meeting of the cabinet "
                + "committee on flood relief in Dhaka.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Rahman");
        assertThat(speakerOf(text, e, "heard every side")).isEqualTo("Rahman");
    }

    @Test
    void aLongRelativeClauseBetweenTheSpeakerAndTheVerb() {
        String text = "Opposition leader Tan Wei Ming, who has accused the government of using the courts against its "
                + "critics and who last month led a walkout from the house, said the bill was “a cynical ploy to stay in power”.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tan Wei Ming");
        assertThat(speakerOf(text, e, "cynical ploy")).isEqualTo("Tan Wei Ming");
    }

    @Test
    void aCapitalisedTitleSetOffBeforeTheName() {
        String before = "The Majority Leader, Kwame Boateng, told journalists in Kumasi on Friday: “The house will sit until "
                + "the budget is passed.”";
        assertThat(speakerOf(before, marked(before, EntityType.PERSON, "Kwame Boateng"), "house will sit"))
                .isEqualTo("Kwame Boateng");
        String possessive = "The union's National Secretary, Musa Garba, told reporters: “Our members will not resume work.”";
        assertThat(speakerOf(possessive, marked(possessive, EntityType.PERSON, "Musa Garba"), "not resume"))
                .isEqualTo("Musa Garba");
        String after = "“Anyone caught with a weapon at a polling unit will be arrested,” Force Public Relations Officer, "
                + "ACP Musa Danladi, said.";
        assertThat(speakerOf(after, marked(after, EntityType.PERSON, "Musa Danladi"), "polling unit"))
                .isEqualTo("Musa Danladi");
        // after the quote, a possessive description set off before the name; an office "for" something after the verb
        String offices = "“We are ready to talk,” the Commissioner for Commerce, Adamu Aliyu, said.\n\n“Traders pay three "
                + "levies for one shop,” the union's National Chairman, Sani Idris, told reporters.\n\n“The roads will be "
                + "repaired before the rains,” said the Commissioner for Works, Engr. Bala Danjuma.";
        List<EntityMention> o = marked(offices, EntityType.PERSON, "Adamu Aliyu", "Sani Idris", "Bala Danjuma");
        assertThat(speakerOf(offices, o, "three levies")).isEqualTo("Sani Idris");
        assertThat(speakerOf(offices, o, "roads will be")).isEqualTo("Bala Danjuma");
    }

    @Test
    void aRoleIntroducedBeforeTheNameIsTheOnePersonNamedSince() {
        String role = "The state's agriculture minister toured the flooded villages on Monday. “Every acre will be "
                + "surveyed,” Harjit Dhillon said.\n\nDhillon said relief had been released.\n\n"
                + "“The Centre must also help,” the minister said.";
        List<EntityMention> r = marked(role, EntityType.PERSON, "Harjit Dhillon", "Dhillon");
        assertThat(speakerOf(role, r, "Centre must")).isEqualTo("Harjit Dhillon");
    }

    @Test
    void aNameBetweenTheAndARoleIsNeverTheSpeaker() {
        // the recogniser took the constituency for a person; the epithet stays a description (the last speaker,
        // a trader, is not who it describes)
        String text = "“The register must be published,” Kofi Asante said.\n\nAma Owusu, a trader, said the roads were "
                + "bad.\n\n“We will not sit idle while our votes are stolen,” the Tamale MP added.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kofi Asante", "Ama Owusu", "Tamale");
        assertThat(speakerOf(text, e, "sit idle")).isEqualTo("the Tamale MP");
    }

    @Test
    void aCrowdChantsItsSloganHoweverShort() {
        String text = "NAIROBI, Kenya — Traders marched through the market on Monday, chanting “No more levies”, as the "
                + "county assembly met.\n\nHundreds of students gathered at the gate and chanted “Justice”.";
        List<Quote> quotes = direct(text, new ArrayList<>(marked(text, EntityType.LOCATION, "NAIROBI", "Kenya")));
        assertThat(quotes).anyMatch(q -> q.content().slice(text).equals("No more levies") && q.speaker().equals("Traders"));
        assertThat(quotes).anyMatch(q -> q.content().slice(text).equals("Justice"));
        // a short capitalised phrase that nobody chants is still a title, not speech
        String title = "The minister launched the book “Roads To Prosperity” in Kampala, saying little.";
        assertThat(direct(title, marked(title, EntityType.LOCATION, "Kampala"))).isEmpty();
    }

    @Test
    void aParagraphOfQuotedWordsAfterReportedSpeechIsTheReportersOwn() {
        String text = "Speaking at a breakfast meeting in Accra, Finance Minister Ama Mensah said the economy was on a firm "
                + "path to recovery.\n\n“We will exit the programme next year and we do not intend to return.\n\n"
                + "“Our debt is now sustainable, and our creditors agree.”\n\nMensah said inflation had fallen.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ama Mensah", "Mensah");
        assertThat(speakerOf(text, e, "exit the programme")).isEqualTo("Ama Mensah");
        assertThat(speakerOf(text, e, "debt is now sustainable")).isEqualTo("Ama Mensah");

        // a transcript names its own speakers; the reported speech before it does not speak for it
        String transcript = "On the programme, the host and Lena Park argued that the plan was naive.\n\n"
                + "“Host: Seriously, how will this be paid for? Nobody has answered that question yet.”";
        assertThat(direct(transcript, marked(transcript, EntityType.PERSON, "Lena Park"))).isEmpty();
    }

    @Test
    void theSubjectOfAParticipleMayFollowACapitalisedTitleOrADateline() {
        String text = "The governor said prices would fall. “We are not targeting a price,” the governor said.\n\n"
                + "IMF Managing Director Lena Marsh echoed the view, saying: “Underinvestment remains the biggest risk to growth.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Lena Marsh");
        assertThat(speakerOf(text, e, "Underinvestment")).isEqualTo("Lena Marsh");
    }
}
