package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photo captions and credits glued into article text; every fixture is written for this test. */
class CaptionShapeTest {

    private static boolean caption(String s, int index) {
        return CaptionShape.isCaption(s, SentenceShape.wordCount(s), index);
    }

    @Test
    void aSceneDescribedInTheSimplePresentWithADayOrAPlaceIsACaption() {
        assertThat(caption("Volunteers stack sandbags along the river bank Thursday in Marlow.", 1)).isTrue();
        assertThat(caption("A nurse checks on a patient at the field hospital in Tarsk.", 1)).isTrue();
        assertThat(caption("The goalkeeper dives for the ball during Sunday's final.", 2)).isTrue();
        assertThat(caption("A wounded fisherman waits for treatment at a clinic in Port Ellen.", 1))
                .as("an -ed word after an article is an adjective, not a past tense").isTrue();
    }

    @Test
    void newsProseInAnotherTenseIsNot() {
        assertThat(caption("Volunteers stacked sandbags along the river bank Thursday in Marlow.", 1)).isFalse();
        assertThat(caption("Volunteers will stack sandbags along the river bank Thursday in Marlow.", 1)).isFalse();
        assertThat(caption("Volunteers have stacked sandbags along the river bank in Marlow.", 1)).isFalse();
        assertThat(caption("The ferry sank off the coast of Tarsk on Monday, officials said.", 1)).isFalse();
        assertThat(caption("Four people died in the fire early Sunday in Port Ellen.", 1))
                .as("a short regular past").isFalse();
        assertThat(caption("It's a long way from Marlow to the coast on a Sunday.", 1)).isFalse();
    }

    @Test
    void aSceneWithoutADayOrANamedPlaceIsNotTakenForACaption() {
        assertThat(caption("Water comes from the taps for only two hours each evening.", 1)).isFalse();
    }

    @Test
    void aDatelinedLedeIsNeverACaption() {
        assertThat(caption("MARLOW, England (Wire) -- Volunteers stack sandbags in Marlow on Thursday.", 0)).isFalse();
    }

    @Test
    void sceneDescriptionsCountOnlyNearTheTopWherePicturesAreGlued() {
        String s = "The museum opens its doors to visitors again on Saturday in Tarsk.";
        assertThat(caption(s, 2)).isTrue();
        assertThat(caption(s, CaptionShape.SCENE_WITHIN)).isFalse();
    }

    @Test
    void longSentencesQuotationsAndQuestionsAreNotCaptions() {
        assertThat(caption("Volunteers stack sandbags along the river bank in Marlow while neighbours carry "
                + "furniture upstairs, pumps run through the night and the council opens two rest centres "
                + "for families whose homes flood on Thursday.", 1)).isFalse();
        assertThat(caption("\"We stack sandbags every winter,\" one volunteer in Marlow explains on Thursday.", 1))
                .isFalse();
        assertThat(caption("Who pays for the sandbags in Marlow on Thursday?", 1)).isFalse();
    }

    @Test
    void aSentencePointingAtAPictureIsACaptionAnywhere() {
        assertThat(caption("Police released this undated photo of the missing hiker.", 12)).isTrue();
        assertThat(caption("A coastguard helicopter hovers over the wreck in a 2019 photograph.", 9)).isTrue();
        assertThat(caption("These pictures show the harbour before the storm.", 20)).isTrue();
        assertThat(caption("The minister is keen to improve the party's image before the election.", 1)).isFalse();
        assertThat(caption("Officers found a photograph of the suspect in his car, police said.", 3)).isFalse();
    }

    @Test
    void creditsAreCaptionsAtAnyLength() {
        assertThat(caption("The new bridge spans the estuary (Photo: Harbour Authority)", 7)).isTrue();
        assertThat(caption("The lighthouse keeper at work (Photo by J. Smith/Coastal Press)", 7)).isTrue();
        assertThat(caption("An aerial view of the site, image courtesy of the county archive.", 7)).isTrue();
        assertThat(caption("She missed the bigger picture: in politics, being yourself matters most.", 7)).isFalse();
    }

    @Test
    void aGluedCaptionIsNeitherPickedNorCountedAsTheSecondPlace() {
        String text = "The city council approved a new flood barrier for the river on Tuesday, after three "
                + "winters of flooding. "
                + "Residents watch the water rise near the old mill in Marlow. "
                + "The barrier will cost 40 million pounds and should be finished within two years. "
                + "Work on the barrier starts in the spring, the council said. "
                + "Shopkeepers in Marlow welcomed the decision.";
        AnalyzedArticle a = SummarizerContract.analyzed("Flood barrier approved", text);
        SentenceProfile profile = new SentenceProfile(a);
        assertThat(profile.junk[1]).isTrue();
        assertThat(profile.contentPosition[2]).isEqualTo(1);
        List<Integer> picked = new PositionCentralitySummarizer(SummaryModel.loadDefault())
                .summarize(a, SummaryLength.sentences(3)).sentences().stream().map(s -> s.sentenceIndex()).toList();
        assertThat(picked).doesNotContain(1).contains(0);
    }
}
