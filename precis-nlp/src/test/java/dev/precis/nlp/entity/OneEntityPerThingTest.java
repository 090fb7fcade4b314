package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One entity page per thing in an article: an organisation's name does not change with the "The" before it, a short
 * name of a person is the person named in full (and a "he" or "she" after it reads the full name's given name), and a
 * title of the other sex keeps a wife off her husband's page. The sentences and names are made up for this test.
 */
class OneEntityPerThingTest {

    /** The canonical names of the mentions whose text is {@code surface}, in order. */
    private static List<String> canonicals(List<EntityMention> found, String text, String surface) {
        return found.stream().filter(m -> m.range().slice(text).equals(surface)).map(EntityMention::canonical).toList();
    }

    /** The speaker of the first quote holding {@code words}, with the recogniser's entities. */
    private static String speakerOf(String text, String words) {
        List<Quote> quotes = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text), run(text));
        return quotes.stream().filter(q -> q.content().slice(text).contains(words)).findFirst().map(Quote::speaker)
                .orElse("(no quote)");
    }

    @Test
    void anOpeningOrAMidSentenceTheDoesNotChangeAnOrganisationsName() {
        String text = "Tom Hale joined The Kestrel League in 2019 after a long career in banking.\n\n"
                + "The Kestrel League said on Monday that it would open two offices in Leeds.\n\n"
                + "Members of the Kestrel League will vote on the plan in May.";
        List<EntityMention> found = run(text);
        List<String> names = found.stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(EntityMention::canonical).distinct().toList();
        assertThat(names).as(surfaces(found, text).toString()).containsExactly("Kestrel League");
    }

    @Test
    void aNameTheListsSpellWithTheKeepsIt() {
        String text = "The story was first reported by the Guardian on Monday.";
        assertThat(canonicals(run(text), text, "Guardian")).containsExactly("The Guardian");
    }

    @Test
    void aGivenNameAloneIsTheOnePersonNamedInFullWithIt() {
        String text = "The show is presented by Richard Hallam and Judy Fenwick.\n\n"
                + "Richard said the new series was the best yet, and Judy agreed.";
        List<EntityMention> found = run(text);
        assertThat(canonicals(found, text, "Richard")).containsExactly("Richard Hallam");
        assertThat(canonicals(found, text, "Judy")).containsExactly("Judy Fenwick");
    }

    @Test
    void aShortNameTakesTheGenderOfTheFullName() {
        // "Richard" and "Van Doren Stern" were pages of their own, of unknown gender, so "she" went to them
        String given = "Kate Amberley chaired the meeting, and the report was presented by Richard Hallam.\n\n"
                + "Richard was cautious about the figures. \"We are close to a deal,\" she said.";
        assertThat(speakerOf(given, "close to a deal")).isEqualTo("Kate Amberley");
        String tail = "Kate Amberley chaired the meeting, and the report was presented by Paul van Doren Stern.\n\n"
                + "Van Doren Stern was cautious about the figures. \"We are close to a deal,\" she said.";
        assertThat(speakerOf(tail, "close to a deal")).isEqualTo("Kate Amberley");
    }

    @Test
    void aSurnameOfSeveralWordsIsThePersonNamedInFullWithIt() {
        String text = "The panel was chaired by Michael Symmons Roberts, a poet.\n\n"
                + "Symmons Roberts said the entries were strong.";
        assertThat(canonicals(run(text), text, "Symmons Roberts")).containsExactly("Michael Symmons Roberts");
    }

    @Test
    void twoNamesSideBySideStayTwoPeople() {
        String text = "The prize went to Ann Marie Castell and her aunt Marie Castell, who wrote the book together.";
        assertThat(canonicals(run(text), text, "Marie Castell")).containsExactly("Marie Castell");
    }

    @Test
    void aTitleOfTheOtherSexKeepsTwoPeopleApart() {
        String text = "Opposition leader Michael Rourke spoke in Leeds on Friday. \"We will win,\" Mr Rourke said.\n\n"
                + "His wife was with him. Mrs Rourke told reporters that the campaign had been hard. "
                + "\"It has been a long month,\" she said.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical).toList())
                .as(surfaces(found, text).toString())
                .containsExactly("Michael Rourke", "Michael Rourke", "Mrs Rourke");
        assertThat(speakerOf(text, "long month")).isEqualTo("Mrs Rourke");
        assertThat(speakerOf(text, "We will win")).isEqualTo("Michael Rourke");
    }

    @Test
    void aTitleOfTheSameSexOrOfNoneStillLinks() {
        String text = "Sir Michael Rourke opened the bridge on Friday. Later Dr Rourke and Mr Rourke's aides left.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical).distinct()
                .toList()).as(surfaces(found, text).toString()).containsExactly("Michael Rourke");
    }

    @Test
    void aCompanysShortNameIsTheCompanyNamedInFull() {
        String text = "Kwanza Holdings said on Monday that profits rose 8%.\n\n"
                + "Kwanza said it would pay a bigger dividend, and other firms in the Kwanza group may follow.";
        List<EntityMention> found = run(text);
        assertThat(canonicals(found, text, "Kwanza")).as(surfaces(found, text).toString())
                .containsExactly("Kwanza Holdings", "Kwanza"); // the group is not the holding company
    }
}
