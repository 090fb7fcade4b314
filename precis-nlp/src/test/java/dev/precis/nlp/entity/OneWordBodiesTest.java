package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names64: a one-word organisation the model never saw, typed from what the article says of it once —
 * its kind named before it, "groups such as", what only a body has ("IPO", "its own"), joined or worked at,
 * "…, it said" — and the same word typed so wherever it stands. The pass is off in the recognizer (names64's
 * candidate lowered the UNER EWT test figures, so {@link DocumentLinker} does not call it); these tests call it on
 * documents and model mentions written by hand, sentences invented for the test (main's recognizer missed or
 * mistyped each positive case when the pass was on).
 */
class OneWordBodiesTest {

    /** Sentences of space-separated tokens. */
    private static TokenizedText doc(String... sentences) {
        String[][] split = new String[sentences.length][];
        for (int k = 0; k < sentences.length; k++) {
            split[k] = sentences[k].split(" ");
        }
        return EntityTestSupport.document(split);
    }

    private static MentionDraft m(int sentence, int start, int end, String type) {
        return new MentionDraft(sentence, start, end, type, false);
    }

    private static List<String> typed(TokenizedText doc, List<MentionDraft> mentions, String type) {
        return mentions.stream().filter(x -> x.type.equals(type))
                .map(x -> Gazetteer.join(doc.sentence(x.sentence), x.start, x.end)).toList();
    }

    private static List<MentionDraft> apply(TokenizedText doc, MentionDraft... found) {
        List<MentionDraft> mentions = new ArrayList<>(List.of(found));
        OneWordBodies.apply(doc, mentions, Gazetteer.load());
        return mentions;
    }

    @Test
    void whatOnlyABodyHasMakesTheWordAnOrganisationEverywhere() {
        TokenizedText d = doc("Since the first whispers about Dovalo 's IPO , buyers have been wary .",
                "Every move Dovalo makes is watched .", "Now , people wonder if Dovalo can even survive .");
        List<MentionDraft> out = apply(d, m(0, 5, 6, EntityTypes.PERSON), m(1, 2, 3, EntityTypes.PERSON));
        assertThat(typed(d, out, EntityTypes.ORGANIZATION)).containsExactly("Dovalo", "Dovalo", "Dovalo");
        assertThat(typed(d, out, EntityTypes.PERSON)).isEmpty();
    }

    @Test
    void groupsSuchAsAndItsOwnMakeABody() {
        TokenizedText d = doc("Rocket attacks by militant groups such as Tessaru have stopped .",
                "It looks as if Tessaru has thrown in the towel .");
        List<MentionDraft> out = apply(d, m(0, 7, 8, EntityTypes.LOCATION));
        assertThat(typed(d, out, EntityTypes.ORGANIZATION)).containsExactly("Tessaru", "Tessaru");
        TokenizedText own = doc("Ruvami has its own agenda , a senior official said .", "Few expect Ruvami to sign .");
        assertThat(typed(own, apply(own), EntityTypes.ORGANIZATION)).containsExactly("Ruvami", "Ruvami");
    }

    @Test
    void joinedOrWorkedAtMakesAWorkplace() {
        TokenizedText d = doc("After five years at Quenzo , I am leaving .", "Darin Fisher joined Quenzo in May .");
        List<MentionDraft> out = apply(d, m(0, 4, 5, EntityTypes.LOCATION), m(1, 0, 2, EntityTypes.PERSON));
        assertThat(typed(d, out, EntityTypes.ORGANIZATION)).containsExactly("Quenzo", "Quenzo");
        assertThat(typed(d, out, EntityTypes.PERSON)).containsExactly("Darin Fisher");
    }

    @Test
    void aSentenceClosedByItSaidHasTheBodyAsSpeaker() {
        TokenizedText d = doc("Tarsedo opened a third refinery near the port .",
                "Tarsedo expects output to double next year , it said .");
        List<MentionDraft> out = apply(d, m(0, 0, 1, EntityTypes.PERSON), m(1, 0, 1, EntityTypes.PERSON));
        assertThat(typed(d, out, EntityTypes.ORGANIZATION)).containsExactly("Tarsedo", "Tarsedo");
        TokenizedText other = doc("Tarsedo met Jonas Berg , it said .");
        assertThat(typed(other, apply(other, m(0, 0, 1, EntityTypes.PERSON)), EntityTypes.PERSON)).containsExactly("Tarsedo");
    }

    @Test
    void aPersonWithATitleWhoOrAFullNameIsNotTurnedIntoABody() {
        TokenizedText d = doc("Daniel Ortega spoke first .", "Mr Ferrandi joined Ortega on the stage .",
                "Ferrandi , who leads the council , joined Ortega later .");
        List<MentionDraft> out = apply(d, m(0, 0, 2, EntityTypes.PERSON), m(1, 1, 2, EntityTypes.PERSON),
                m(1, 3, 4, EntityTypes.PERSON), m(2, 0, 1, EntityTypes.PERSON), m(2, 8, 9, EntityTypes.PERSON));
        assertThat(typed(d, out, EntityTypes.ORGANIZATION)).isEmpty();
        assertThat(out).hasSize(5);
    }

    @Test
    void anOrganisationsHeadWordAloneIsLeft() {
        TokenizedText d = doc("The Foundation 's website lists its members .");
        assertThat(apply(d)).isEmpty();
    }

    @Test
    void aPieceOfALongerCapitalisedRunIsNotCued() {
        assertThat(OneWordBodies.alone(new String[] {"joined", "Quenzo", "Holdings", "today"}, 1)).isFalse();
        assertThat(OneWordBodies.alone(new String[] {"joined", "Quenzo", "today"}, 1)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"joined", "Quenzo", "today"}, 1)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"met", "Quenzo", "today"}, 1)).isFalse();
        assertThat(OneWordBodies.cue(new String[] {"the", "messaging", "company", "Quenzo", "grew"}, 3)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"Acme", "company", "Quenzo", "grew"}, 2)).isFalse();
    }
}
