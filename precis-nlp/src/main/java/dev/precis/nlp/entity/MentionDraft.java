package dev.precis.nlp.entity;

/** A mention being built: token span in one sentence, type, canonical name, title. Mutable; not thread-safe. */
final class MentionDraft implements Comparable<MentionDraft> {

    final int sentence;
    int start;
    int end;
    String type;
    String canonical;
    String title;
    /** True when the list or a rule, not the model, proposed it. */
    final boolean ruleBased;
    /** A listed one-word organisation taken at a sentence's start, where it may be a surname ("Wagner said"). */
    boolean openingListed;

    MentionDraft(int sentence, int start, int end, String type, boolean ruleBased) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.type = type;
        this.ruleBased = ruleBased;
    }

    boolean overlaps(MentionDraft o) {
        return sentence == o.sentence && start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }

    @Override
    public int compareTo(MentionDraft o) {
        if (sentence != o.sentence) {
            return Integer.compare(sentence, o.sentence);
        }
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
