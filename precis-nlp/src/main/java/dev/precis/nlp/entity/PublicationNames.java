package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Newspapers and other publications named in wire copy, which the model leaves untagged or reads as people: a
 * capitalised name straight before a lower-case word for a publication ("Ruritania's Morning Star newspaper
 * reported", "Kurier Polski daily said") and a capitalised name after "told the" ("told the Clarion:") are one
 * organisation. Only a name the model left untagged or tagged as a person is changed: a place stays a place ("a
 * Kabul daily"), a nationality opens no name ("a Swedish newspaper"), and a day or an article is not part of it
 * ("the Sunday newspaper", "The Clarion newspaper"). Part of {@link ListAndRulePass}; written by hand because
 * these are grammar cues, not a list. Stateless.
 */
final class PublicationNames {

    /** Lower-case words for a publication that follow its name. */
    static final Set<String> HEADS = Set.of("newspaper", "daily", "weekly", "tabloid", "magazine", "newsweekly");

    /** Capitalised words that do not belong to a publication's name before its head word. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Its", "His", "Her", "Their", "Our", "This", "That", "Another", "One");

    /** Capitalised words that end a newspaper's name after its place ("Houston Chronicle", "USA Today"). */
    static final Set<String> PAPER_WORDS = Set.of("Chronicle", "Times", "Post", "Herald", "Tribune", "Gazette",
            "Today", "Journal", "Observer", "Courier", "Telegraph", "Inquirer", "Examiner", "Dispatch", "Bulletin",
            "Globe", "Gleaner", "Monitor", "Star");

    private static final int LONGEST = 4;

    private PublicationNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, NationalityOpeners nationalities) {
        placeAndPaperWord(tokens, mentions, sentence);
        for (int h = 1; h < tokens.length; h++) {
            if (HEADS.contains(tokens[h])) {
                int start = h;
                while (start > 0 && h - start < LONGEST && name(tokens, start - 1, nationalities)) {
                    start--;
                }
                retag(tokens, mentions, sentence, start, h);
            }
        }
        for (int t = 0; t + 2 < tokens.length; t++) {
            if (tokens[t].equals("told") && tokens[t + 1].equals("the")) {
                int end = t + 2;
                while (end < tokens.length && end - t - 2 < LONGEST && name(tokens, end, nationalities)) {
                    end++;
                }
                retag(tokens, mentions, sentence, t + 2, end);
            }
        }
    }

    private static boolean name(String[] tokens, int i, NationalityOpeners nationalities) {
        String t = tokens[i];
        return ListAndRulePass.capitalised(t) && !ListAndRulePass.isPunct(t) && !NOT_NAME.contains(t)
                && !nationalities.nationality(tokens, i) && !Gazetteer.isUpper(t);
    }

    /**
     * Makes tokens [start, end) one organisation when every mention touching them is a person lying inside them;
     * nothing is changed when another mention overlaps them or when they are empty.
     */
    private static void retag(String[] tokens, List<MentionDraft> mentions, int sentence, int start, int end) {
        if (end <= start) {
            return;
        }
        MentionDraft span = new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true);
        for (MentionDraft m : mentions) {
            if (m.overlaps(span) && (!m.type.equals(EntityTypes.PERSON) || m.start < start || m.end > end)) {
                return;
            }
        }
        mentions.removeIf(m -> m.overlaps(span));
        mentions.add(span);
    }

    /**
     * A place the model tagged straight before a capitalised newspaper word is the newspaper ("[Houston] Chronicle"
     * → "Houston Chronicle", "[USA] Today"); a mention the model began at the newspaper word ("Chronicle Image", a
     * caption run on) gives way to it.
     */
    private static void placeAndPaperWord(String[] tokens, List<MentionDraft> mentions, int sentence) {
        List<MentionDraft> places = new java.util.ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.LOCATION) && m.end < tokens.length && PAPER_WORDS.contains(tokens[m.end])) {
                places.add(m);
            }
        }
        for (MentionDraft place : places) {
            MentionDraft paper = new MentionDraft(sentence, place.start, place.end + 1, EntityTypes.ORGANIZATION, true);
            mentions.removeIf(m -> m.overlaps(paper));
            mentions.add(paper);
        }
    }
}
