package dev.precis.nlp.quote;

/**
 * The pieces of a speaker's name that the quote patterns build on (a name of up to four capitalised words with
 * initials, abbreviated titles and lower-case particles inside it, and the words of standing before it), shared by
 * the credits after and before a quotation, the line and sentence credits and the speaker resolver. Constants only.
 */
final class NamePatterns {

    /** Words of standing before a name after the verb: "says former Sen. Karl Berg". */
    static final String FORMER = "(?:(?:former|late|retired|acting)\\s+)?";
    /**
     * A capitalised word with a full stop inside a name: an initial ("J."), letters with stops ("U.S.", "D.C."), or a
     * title or rank {@link SpeakerResolver#ABBREVIATION} lists ("Sen.", "Gov.", "Lt."). Any other word before a stop
     * ends its sentence, so "…,” said Pence. Trump has said …" names Pence, not "Pence. Trump" (paragraphs run
     * together put the next sentence's subject on the same line).
     */
    static final String ABBREVIATED = "\\p{Lu}\\.(?:\\p{Lu}\\.)*|(?:" + SpeakerResolver.TITLE_WORDS
            + "|Sr|Ft|Mt|Sens|Reps|Govs|Gens|Msgr|Supt)\\."
            // a second honorific in brackets after a title, as the Nigerian press writes it: "Prof. (Mrs.) Ann Reed"
            + "|\\((?:Mrs|Mr|Ms|Miss|Dr|Rtd|rtd|Retd|retd)\\.?\\)";
    /**
     * Lower-case particles inside a name, each between two capitalised words of it: "João dos Santos", "Nur Aisyah binti
     * Ahmad", "Pieter van der Berg", "María de la Cruz" (up to two in a row).
     */
    // de, da, das, dos, del, della, di, du, la, le, van, von, der, den, ter, ten, bin, binti, bint, ibn, al, el, written
    // as a tree by first letters so that a capitalised word (nearly every word tried here) fails at one test, not 22
    static final String PARTICLE = "d(?:e(?:l(?:la)?|[nr])?|as?|os|[iu])|l[ae]|v[ao]n|te[nr]|bin(?:ti?)?|ibn|[ae]l";
    static final String PARTICLES = "(?:(?:" + PARTICLE + ")[ \\t]+){0,2}";
    /**
     * Up to four capitalised words on one line; a word ending in a full stop is an initial or an abbreviation
     * ("J.", "Sen.", "U.S."), so a name never runs on past the end of its sentence ("said Lind. Jonas Berg…").
     */
    static final String NAME = "(?:(?:\\p{Lu}[\\p{L}'’-]*|" + ABBREVIATED + ")[ \\t]+" + PARTICLES + "){0,3}\\p{Lu}[\\p{L}'’-]*";

    private NamePatterns() {
    }
}
