package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorySummaryAttributionTest {

    private static StorySummary.Sentence said(String text, String speaker) {
        return new StorySummary.Sentence(7, 0, text.length(), text, null, "wire", speaker, null);
    }

    @Test
    void aSpeakerTheSentenceDoesNotNameIsKept() {
        assertThat(said("\u201cThe bridge will open in spring,\u201d he said.", "Grace Okafor").attribution()).isEqualTo("Grace Okafor");
        assertThat(said("The council will vote on the plan next week.", "the mayor").attribution()).isEqualTo("the mayor");
    }

    @Test
    void aSpeakerTheSentenceAlreadyNamesIsLeftOut() {
        assertThat(said("The ferry company has agreed to new timetables, its chief has said.", "its chief").attribution()).isNull();
        assertThat(said("A Spokesman said the harbour would stay shut.", "a spokesman").attribution()).isNull();
        assertThat(said("Okafor said the bridge would open in spring.", "Grace Okafor").attribution()).isNull();
        assertThat(said("Grace   Okafor said the bridge would open.", "Grace Okafor").attribution()).isNull();
        assertThat(said("It said fares would rise in May.", "it").attribution()).isNull();
    }

    @Test
    void onlyWholeWordsCount() {
        // "Okaforville" is not the speaker's name, nor is "mayoral" the mayor
        assertThat(said("Okaforville will get a new bridge, it was announced.", "Grace Okafor").attribution()).isEqualTo("Grace Okafor");
        assertThat(said("The mayoral race opened on Monday.", "the mayor").attribution()).isEqualTo("the mayor");
        // a lower-case last word is no name: "chief" alone does not stand for "its chief"
        assertThat(said("The chief of the port spoke first.", "its chief").attribution()).isEqualTo("its chief");
        assertThat(said("Nothing was said.", null).attribution()).isNull();
    }
}
