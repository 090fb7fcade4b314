package dev.precis.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Sentence;
import dev.precis.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSentenceSplitterTest extends SentenceSplitterContract {

    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

    @Override
    SentenceSplitter splitter() {
        return splitter;
    }

    static List<String> texts(SentenceSplitter splitter, String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void goldenSetIsSplitExactly() {
        GoldenSentences golden = GoldenSentences.load();
        assertThat(golden.sentenceCount()).isGreaterThanOrEqualTo(150);
        List<String> failures = new ArrayList<>();
        for (List<String> block : golden.blocks()) {
            String paragraph = String.join(" ", block);
            List<String> got = texts(splitter, paragraph);
            if (!got.equals(block)) {
                failures.add("expected " + block + "\n     got " + got);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void textWithoutPunctuationStillGivesBoundedSentences() {
        String text = "word ".repeat(5000);
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).hasSizeGreaterThan(5);
        assertThat(sentences).allSatisfy(s ->
                assertThat(s.range().length()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS));
    }

    @Test
    void softWrappedLinesJoinButHeadlinesStandAlone() {
        String text = "Markets fell sharply on\nthe news as traders fled.\nSecond Headline Here\nA new line starts.";
        assertThat(texts(splitter, text)).containsExactly(
                "Markets fell sharply on\nthe news as traders fled.", "Second Headline Here", "A new line starts.");
    }

    @Test
    void paragraphsGluedTogetherByScrapingAreSplit() {
        String text = "The mayor resigned on Friday.Speaking later, she thanked her staff."
                + "\"It was an honour,\" she said.A new mayor will be chosen in May.The vote is set by the NEC.It opens soon.";
        assertThat(texts(splitter, text)).containsExactly(
                "The mayor resigned on Friday.", "Speaking later, she thanked her staff.",
                "\"It was an honour,\" she said.", "A new mayor will be chosen in May.",
                "The vote is set by the NEC.", "It opens soon.");
    }

    @Test
    void paragraphsGluedAfterANumberABracketOrAClosingQuotationAreSplit() {
        String text = "The bridge opened in 1932.It carries eight lanes. Tolls rose by 1,200.Drivers objected."
                + " The plan came from the council (NSW).Work starts soon. Use rose 12%.Critics were loud."
                + " The budget for 2016-17.Ministers agreed. He called it a \"farce\".The mayor did not."
                + " \"We will finish on time.\"The minister said so twice."
                + " She called it “a good day.”It's the third such claim."
                + " Crews worked at night (mostly.)Traffic was light."
                + " Her reply: ‘Not now.’Officials declined to comment. They don't.Nobody does.";
        assertThat(texts(splitter, text)).containsExactly(
                "The bridge opened in 1932.", "It carries eight lanes.", "Tolls rose by 1,200.", "Drivers objected.",
                "The plan came from the council (NSW).", "Work starts soon.", "Use rose 12%.", "Critics were loud.",
                "The budget for 2016-17.", "Ministers agreed.", "He called it a \"farce\".", "The mayor did not.",
                "\"We will finish on time.\"", "The minister said so twice.",
                "She called it “a good day.”", "It's the third such claim.",
                "Crews worked at night (mostly.)", "Traffic was light.",
                "Her reply: ‘Not now.’", "Officials declined to comment.", "They don't.", "Nobody does.");
    }

    @Test
    void aStopRunTogetherWithAQuestionMarkEndsAGluedSentence() {
        // a lossy encoding turns a curly closing quote into "?": "… on time.?The …"
        String text = "He said it would end on time.?The work began in May. Was it late?!Nobody knew.";
        assertThat(texts(splitter, text)).containsExactly(
                "He said it would end on time.?", "The work began in May.", "Was it late?!", "Nobody knew.");
    }

    @Test
    void numbersMarksAndEllipsesBeforeACapitalDoNotSplitOtherwise() {
        // a decimal, a version, a number before capitals or a single capital, a closing quote before a
        // lower-case word or before capitals, a comma inside a closing quotation, an ellipsis: no lost
        // spacing here
        String text = "Growth was 3.5 per cent, up from 2.1.X in version 2.0.NET terms, after a 9.FBI raid"
                + " (see p.4.B) and \"fine.\"said nobody, \"Wait,\"He said \"done.\"USA fans cheered"
                + " as I told him...Modi was there and 5%.US markets ended.";
        assertThat(texts(splitter, text)).containsExactly(text);
    }

    @Test
    void gluedWordsThatAreNotBoundariesStayWhole() {
        String text = "Visit example.com or node.JS docs, e.g. the guide by Mr.Smith on the U.S.Army site.";
        assertThat(texts(splitter, text)).containsExactly(text);
    }

    @Test
    void anAllCapitalsSubheadingGluedToItsParagraphStandsAlone() {
        String text = "Fares will rise next year.WHAT HAPPENS NEXT The council meets in June. "
                + "US President Joe Smith arrived. UN FAO Director Ana Lee spoke.";
        assertThat(texts(splitter, text)).containsExactly(
                "Fares will rise next year.", "WHAT HAPPENS NEXT", "The council meets in June.",
                "US President Joe Smith arrived.", "UN FAO Director Ana Lee spoke.");
    }

    @Test
    void aBracketedLabelGluedToTheNextSentenceStandsAlone() {
        String text = "(WATCH: Crews clear the harbour)Speaking on Monday, the mayor praised them. (Reuters)The port reopened.";
        assertThat(texts(splitter, text)).containsExactly(
                "(WATCH: Crews clear the harbour)", "Speaking on Monday, the mayor praised them.",
                "(Reuters)The port reopened.");
    }

    @Test
    void aRelatedHeadlineGluedWithoutAStopToTheNextSentenceStandsAlone() {
        String text = "The pier reopened on Monday. How the old pier could have been saved These days, the council "
                + "inspects every pier twice a year. Readers can now 'ride the tide' The new ferry starts in May.";
        assertThat(texts(splitter, text)).containsExactly(
                "The pier reopened on Monday.", "How the old pier could have been saved",
                "These days, the council inspects every pier twice a year.", "Readers can now 'ride the tide'",
                "The new ferry starts in May.");
    }

    @Test
    void openersInsideTitlesNamesAndProseStayWhole() {
        String text = "Fans queued for the film Return of The King on Friday. "
                + "She flew from Amsterdam to The Hague by train. "
                + "Ann Reed says It was a mistake, in a column. "
                + "The town's band played When the Saints Go Marching In at the parade. "
                + "The Harbour Order of The pilots is a union that does not take sides.";
        assertThat(texts(splitter, text)).hasSize(5);
    }
    @Test
    void aTimeZoneOrABracketedTimeAfterAClockTimeContinuesTheSentence() {
        String zone = "Voting on the harbour plan closes at 8 p.m. EST on Tuesday. Results follow at 9 a.m. GMT.";
        assertThat(texts(splitter, zone)).containsExactly("Voting on the harbour plan closes at 8 p.m. EST on Tuesday.",
                "Results follow at 9 a.m. GMT.");
        String bracket = "The ferry leaves at 5 p.m. (2200 GMT) on Friday. It returns on Sunday.";
        assertThat(texts(splitter, bracket)).containsExactly("The ferry leaves at 5 p.m. (2200 GMT) on Friday.",
                "It returns on Sunday.");
    }

    @Test
    void aCapitalWordAfterAClockTimeStillStartsASentence() {
        String text = "The ferry left at 5 p.m. Trains were cancelled.";
        assertThat(texts(splitter, text)).containsExactly("The ferry left at 5 p.m.", "Trains were cancelled.");
    }
}
