package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names67: a body named "X of" a place, then "and" and a second body with no head word of its own, is two
 * organisations; a company's legal form written with the sentence's stop ("Inc..") still closes the company's name; a
 * membership title ("Fellow of …", "Member of …") and its bracketed letters are no organisation.
 * Sentences written for this test.
 */
class OfPlaceAndDoubleStopTest {

    @Test
    void aBodyOfAPlaceAndANameAfterItAreTwoBodies() {
        assertNames("The list was led by the Peasants League of Ruvuma and Umoja Mpya in the by-election.",
                EntityType.ORGANIZATION, "Peasants League of Ruvuma", "Umoja Mpya");
        assertNames("Observers from the Workers Party of Bolivia and Nueva Senda left early.",
                EntityType.ORGANIZATION, "Workers Party of Bolivia", "Nueva Senda");
        // ordinary capitalised words after the place are a second body, not a portfolio's next item
        assertNames("The count favoured the Peasants Party of Zambia and Popular Renewal in the west.",
                EntityType.ORGANIZATION, "Peasants Party of Zambia", "Popular Renewal");
    }

    @Test
    void aPlaceRunningOverAndOrFollowingItKeepsOneName() {
        // the place "Bosnia and Herzegovina" runs over "and"; "England and Wales" puts a place after it
        assertNames("The Central Bank of Bosnia and Herzegovina raised its reserve ratio.", EntityType.ORGANIZATION,
                "Central Bank of Bosnia and Herzegovina");
        assertNames("The Law Society of England and Wales criticised the fee.", EntityType.ORGANIZATION,
                "Law Society of England and Wales");
        assertNames("The Ministry of Trade and Industry said exports fell.", EntityType.ORGANIZATION,
                "Ministry of Trade and Industry");
    }

    @Test
    void aFormBeforeTheSentencesOwnStopClosesTheCompany() {
        assertNames("The claim was filed against the seller, Borvane Tools, Inc.. The court will rule in May.",
                EntityType.ORGANIZATION, "Borvane Tools, Inc.");
        StatisticalEntityRecognizer ner = EntityTestSupport.recognizer();
        String text = "Shares were sold to Tavrel Ltd.. Trading resumed.";
        List<String> tokens = new ArrayList<>();
        for (String[] s : ner.tokenize(text, new NewsSentenceSplitter().split(text)).tokens()) {
            tokens.addAll(List.of(s));
        }
        assertThat(tokens).contains("Ltd.").doesNotContain("Ltd..");
        // an ellipsis is no abbreviation's stop
        assertThat(TokenRepairs.repair("well...", new int[] {0, 7})).containsExactly(0, 7);
    }

    @Test
    void aMembershipTitleIsNoOrganisationButItsBodyIs() {
        String text = "She was made a Fellow of the Royal Academy of Ostreva (FRAO) in 2001 and taught in Leeds.";
        assertNames(text, EntityType.ORGANIZATION, "Royal Academy of Ostreva");
        assertThat(run(text)).noneMatch(m -> text.substring(m.range().start(), m.range().end()).contains("Fellow")
                || text.substring(m.range().start(), m.range().end()).equals("FRAO"));
        // a body whose acronym does not open with the title's letter keeps it
        String body = "Delegates of the Union of Kolda Traders (UKT) met the governor.";
        assertNames(body, EntityType.ORGANIZATION, "Union of Kolda Traders", "UKT");
    }
}
