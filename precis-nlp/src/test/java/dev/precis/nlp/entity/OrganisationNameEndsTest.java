package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an organisation's name ends ({@link OrganisationNameEnds}), and two bodies joined by "and" whose second is
 * "X of" a place ({@link CoordinatedNames}). Sentences written for this test; each positive case was wrong on the
 * jar before names27 (the role, the company's home or "and" inside the name; the competition an organisation); the
 * guards were already right.
 */
class OrganisationNameEndsTest {

    @Test
    void aMembersRoleAfterAPartyIsNoPartOfIt() {
        String text = "Ruth Okafor, a Green Party of Ruritania MP from the north, voted against the bill on Tuesday.";
        assertNames(text, EntityType.ORGANIZATION, "Green Party of Ruritania");
        assertThat(mention(run(text), text, "Green Party of Ruritania MP")).isNull();
    }

    @Test
    void aLegalFormClosesTheNameBeforeTheCompanysHome() {
        String text = "The firm bought Halden Instruments Corp of South Korea for an undisclosed sum last year.";
        assertNames(text, EntityType.ORGANIZATION, "Halden Instruments Corp");
        assertThat(mention(run(text), text, "Halden Instruments Corp of South Korea")).isNull();
    }

    @Test
    void aFormWithAStopEndsTheNameBeforeAGluedDateline() {
        String[] tokens = {"Shares", "of", "Orla", "Foods", "Inc.", "Nairobi", "rose"};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 2, 6, EntityTypes.ORGANIZATION, false)));
        OrganisationNameEnds.apply(tokens, mentions, 0, EntityTestSupport.models().gazetteer());
        assertThat(mentions).extracting(m -> Gazetteer.join(tokens, m.start, m.end) + "/" + m.type)
                .containsExactly("Orla Foods Inc./" + EntityTypes.ORGANIZATION, "Nairobi/" + EntityTypes.LOCATION);
    }

    @Test
    void aLegalFormOneWordBeforeTheSentencesLastTokenIsReadWithoutRunningPastIt() {
        // the mention ends with the sentence (no closing stop): the home after "of" would start past the last token
        String[] tokens = {"He", "joined", "Talvern", "Ltd", "Group"};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 2, 5, EntityTypes.ORGANIZATION, false)));
        OrganisationNameEnds.apply(tokens, mentions, 0, EntityTestSupport.models().gazetteer());
        assertThat(mentions).extracting(m -> Gazetteer.join(tokens, m.start, m.end)).containsExactly("Talvern Ltd Group");
        String[] endsInOf = {"Shares", "of", "Brenmoor", "Corp", "of"};
        List<MentionDraft> ofEnd = new ArrayList<>(List.of(new MentionDraft(0, 2, 5, EntityTypes.ORGANIZATION, false)));
        OrganisationNameEnds.apply(endsInOf, ofEnd, 0, EntityTestSupport.models().gazetteer());
        assertThat(ofEnd).hasSize(1);
        assertThat(EntityTestSupport.models().gazetteer().placeAt(endsInOf, endsInOf.length)).isZero();
        // the whole recognizer on such a text: it used to fail the article
        String text = "Shares rose at Brenmoor Corp Holdings";
        assertNames(text, EntityType.ORGANIZATION, "Brenmoor Corp Holdings");
    }

    @Test
    void aCompetitionNamedAfterABodyOrAPlaceIsNoOrganisation() {
        String text = "Ivanova was named to the Fed Cup squad, and Martin Osei won the Lagos Open last week.";
        assertNames(text, EntityType.MISC, "Fed Cup", "Lagos Open");
        assertThat(run(text)).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void twoPartiesJoinedByAndAreTwoNamesWhenTheSecondIsOfAPlace() {
        String text = "Voters backed the Democratic Unionist Party and Alliance Party of Northern Ireland in equal numbers.";
        assertNames(text, EntityType.ORGANIZATION, "Democratic Unionist Party", "Alliance Party of Northern Ireland");
        // a portfolio after "of" is no place: one ministry
        assertNames("The Ministry of Trade and Industry said exports rose.", EntityType.ORGANIZATION,
                "Ministry of Trade and Industry");
    }
}
