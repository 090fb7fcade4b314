package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title-case headline sharing its sentence with the body ({@link HeadlineRuns}) and a function word opening a
 * sentence ({@link SentenceOpeners}). Invented sentences written for this test.
 */
class HeadlineRunsAndOpenersTest {

    private final HeadlineRuns runs = new HeadlineRuns(EntityTestSupport.models().gazetteer());

    @Test
    void aRunWithCapitalisedFunctionWordsAndOrdinaryWordsIsAHeadline() {
        String[] tokens = {"Ruritania", "May", "Not", "Send", "Troops", "to", "Borduria", "if", "Talks", "Fail"};
        boolean[] in = runs.runs(tokens);
        assertThat(in[0]).isTrue();
        assertThat(in[6]).isTrue();
        assertThat(in[8]).isFalse(); // "if" ends the run; "Talks Fail" is too short to be one
    }

    @Test
    void aLongOrganisationNameInBodyTextIsNoHeadline() {
        String[] tokens = {"the", "National", "Union", "of", "Dock", "Workers", "and", "Allied", "Trades", "said"};
        boolean[] in = runs.runs(tokens);
        for (boolean b : in) {
            assertThat(b).isFalse(); // no capitalised function word: a name, however many ordinary words it holds
        }
    }

    @Test
    void aHeadlineVerbAfterANameIsCutOff() {
        String text = "Mirela Vostani Says Party Will Not Quit Talks Before Vote The opposition leader "
                + "Mirela Vostani said on Monday her party would stay in the talks.";
        List<EntityMention> found = run(text);
        assertThat(surfaces(found, text)).doesNotContain("Mirela Vostani Says", "Mirela Vostani Says Party");
        EntityMention m = mention(found, text, "Mirela Vostani");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.PERSON);
        assertThat(found.stream().filter(x -> x.range().slice(text).equals("Mirela Vostani")).count()).isEqualTo(2);
    }

    @Test
    void anOrganisationWordBeforeACapitalisedOfKeepsTheNameAndAVerbIsCutOff() {
        String[] tokens = {"Ministry", "Of", "Water", "Resources", "Warns", "Of", "Floods", "As", "Amina", "Kerubo",
            "Says", "Dams", "Are", "Full", "the", "ministry", "said"};
        TokenizedText doc = oneSentence(tokens);
        List<MentionDraft> mentions = new ArrayList<>();
        mentions.add(new MentionDraft(0, 0, 4, EntityTypes.ORGANIZATION, false));
        mentions.add(new MentionDraft(0, 8, 11, EntityTypes.PERSON, false)); // "Amina Kerubo Says"
        runs.apply(doc, mentions, new TitleCaseHeadlines(EntityTestSupport.models().gazetteer()));
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).start).isEqualTo(0);
        assertThat(mentions.get(0).end).isEqualTo(4);
        assertThat(mentions.get(1).start).isEqualTo(8);
        assertThat(mentions.get(1).end).isEqualTo(10); // "Amina Kerubo": the headline's verb is no part of it
    }

    private static TokenizedText oneSentence(String[] tokens) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens[i]);
            ends[i] = text.length();
        }
        return new TokenizedText(text.toString(), List.<String[]>of(tokens), List.of(starts), List.of(ends));
    }

    @Test
    void anOpeningPrepositionOrAdverbIsNoName() {
        String text = "After 13 matches, the club is sixth. More than 2,000 people came. "
                + "On September 25, a jury in Ruvola indicted him.";
        List<String> s = surfaces(run(text), text);
        assertThat(s).doesNotContain("After", "More", "On September", "On");
    }
}
