package dev.precis.nlp.quote;

import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import static dev.precis.nlp.quote.NamePatterns.ABBREVIATED;
import static dev.precis.nlp.quote.NamePatterns.FORMER;
import static dev.precis.nlp.quote.NamePatterns.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit that follows a quotation: "…,” said Ann Reed", "…,” the minister told reporters", "…,”
 * Reed, 58, said", "…,” according to a senior official", "…” ― Reed", a dash line after the paragraph,
 * the quoted words running on into "…, Reed said", or a short next sentence ("…” Reed said."). The
 * attribution before a quotation and the fallbacks (the previous speaker, a continued quotation) are
 * {@link DirectQuotes}'s. The patterns' building blocks (a name, in {@link NamePatterns}; the speech verbs; "according to"'s
 * source) are shared with it. Stateless.
 */
final class CreditAfterQuote {

    static final String V = SpeechCues.VERB;
    /** Words that end a source's phrase after "according to": a relative pronoun, a preposition of time or place, a conjunction. */
    private static final String CLAUSE_END = "(?i:who|which|that|whose|on|in|at|during|after|before|when|while|and|but|as|since|because)\\b";
    /** A word of a description after its determiner, but not a preposition or conjunction that ends it. */
    static final String DESCRIPTION_WORD = "(?!(?:on|in|at|to|of|for|from|with|by|during|after|before|when|while|as|and|but"
            // nor a relative pronoun: "said a fisherman who gave his name only as Piet" is a fisherman
            + "|who|whose|which|that)\\b)[\\p{L}\\p{N}-]+";
    /**
     * Whose role a description after a quote names, by a capitalised name in the possessive, perhaps titled: "Ms.
     * Merkel's spokesman", "California Rep. Duncan Hunter's chief of staff".
     */
    private static final String OWNER = "(?:(?:\\p{Lu}[\\p{L}-]*|" + ABBREVIATED + ")\\s+){0,3}\\p{Lu}[\\p{L}-]*['’]s\\s+";
    /**
     * A full stop inside an aside that ends no sentence: after a lone capital ("U.S.", "George W. Bush") or an
     * abbreviated title or word ("Mrs. Obama's", "the No. 2").
     */
    private static final String ASIDE_STOP = "(?<=(?<!\\p{L})\\p{Lu}|\\b(?:" + SpeakerResolver.TITLE_WORDS + "|Sr|No|Inc|Co|Corp|Ltd))\\.";
    /** A lower-case word between a name's organisation and the name: "Commission chairperson Wafula Chebukati". */
    static final String ROLE_WORD = "(?!(?:on|in|at|to|of|for|from|with|by|during|after|before|when|while|as|and|but"
            + "|the|a|an|that|this|who|which)\\b)\\p{Ll}[\\p{L}-]*";
    /** What an office is of, in capitals: "the Commissioner for Works", "the Minister of State for Foreign Affairs". */
    static final String OFFICE_OF = "\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:and|of|for)\\s+)?){0,4}\\p{Lu}[\\p{L}'’-]*";
    /** "…,” the police spokesperson, Ahmed Bello, told journalists": the name set off after its description. */
    private static final Pattern AFTER_DESCRIPTION_NAME = Pattern.compile("^[\\s,—–-]*(?:(?:the|a|an|one|another|his|her|their|its)\\s+"
            // "the association's National President, Abubakar Maigandi, told": whose office it is
            + "(?:[\\p{L}-]+['’]s\\s+)?|" + OWNER + ")(?:" + DESCRIPTION_WORD + "\\s+){0,3}" + DESCRIPTION_WORD
            // "the chief of staff, Joe Kasper, told": a role named with a lower-case "of" phrase
            + "(?:\\s+of\\s+\\p{Ll}+)?"
            // "the Commissioner for the Environment, Tokunbo Wahab, said": what the office is of, in capitals
            + "(?:" + OFFICE_OF + ")?"
            + "\\s*,\\s*(" + NAME + ")\\s*,\\s*(?:" + SpeechCues.ADVERB.pattern().substring(4)
            + "\\s+)?(" + V + ")\\b");
    /**
     * "…,” Force Public Relations Officer, ACP Olumuyiwa Adejobi, said": a capitalised title ending in a role
     * word, then the name set off between commas. Group 1 is the name, 2 the verb.
     */
    private static final Pattern AFTER_TITLE_NAME = Pattern.compile("^[\\s,—–-]*(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+"
            + "|(?:of|for|and|the|in)\\s+){0,6}(?i:" + SpeechCues.ROLE.pattern().substring(4) + "|"
            + SpeakerResolver.ONE_PERSON.pattern().substring(4) + ")\\s*,\\s*(" + NAME + ")\\s*,\\s*(?:"
            + SpeechCues.ADVERB.pattern().substring(4) + "\\s+)?(" + V + ")\\b");
    /** "…,” the newspaper quotes Ann Reed as saying", "…,” the agency quoted him as saying": the one quoted speaks, not the paper. */
    private static final Pattern QUOTED_AS_SAYING = Pattern.compile("^[\\s,—–-]*(?:[\\p{L}'’.-]+\\s+){0,4}?(?:quotes|quoted)\\s+("
            + NAME + "|him|her|them)\\s+as\\s+(saying|telling)\\b");
    /**
     * The quoted words run on and the sentence ends with its attribution: "“We are horrified” by the
     * shooting, Nefzi said."; "“…” but to lead, says Evan Tracey". Group 1 or 4 is the speaker, 2 or 3 the verb.
     */
    private static final Pattern TRAILING = Pattern.compile("^[^“”\"\\n.!?]{1,200}?,\\s*(?:(" + NAME + "|he|she)\\s+("
            + V + ")|(" + V + ")\\s+(" + FORMER + NAME + "))\\b");
    /**
     * "…,” state Senate leader Ann Reed and House Speaker Tom Hale, both Republicans, said": two speakers joined by
     * "and", perhaps with an aside about both; the first is credited. Group 1 is the first speaker, 2 the verb.
     */
    private static final Pattern AFTER_PAIR = Pattern.compile("^[\\s,—–-]*((?:[\\p{L}.'’-]+[ \\t]+){0,3}?" + NAME
            + ")[ \\t]+and[ \\t]+(?:[\\p{L}.'’-]+[ \\t]+){0,3}?" + NAME + "(?:\\s*,\\s*[^,.;“”\"\\n]{1,60},)?\\s*(?:"
            + SpeechCues.ADVERB.pattern().substring(4) + "\\s+)?(" + V + ")\\b");
    /** Up to nine words before the verb; two adjectives after the article may be set apart by a comma ("the soft-spoken, 64-year-old diplomat"). */
    private static final Pattern AFTER_NP_FIRST = Pattern.compile("^[\\s,—–-]*((?:(?i:the|a|an)\\s+[\\p{Ll}\\p{N}-]+,\\s+)?"
            + "(?:(?:[\\p{L}\\p{N}.'’-]+|\\([\\p{L}.-]{1,12}\\))\\s+){0,9}?)(?:"
            + SpeechCues.ADVERB.pattern().substring(4) + "\\s+)?(" + V + ")\\b");
    /**
     * A phrase between a quotation and a speech verb that ends with a conjunction is no speaker: the verb
     * is a second predicate of the clause's subject ("Ann Reed promised a “fast and fair” review of the
     * tolls and said …").
     */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:and|or|but|then)\\s*$");
    /**
     * A phrase after a quotation that opens with a subordinating conjunction is an adverbial clause, not a credit:
     * "Reed said “it makes me angry” every time he thinks of it", "Reed said, “We'll see,” when asked", "“…” if he
     * loses". Its subject (or the verb with none) belongs to that clause; whoever speaks is named before the quote.
     * ("as" only further in: "“…,” as one official put it" credits the official.)
     */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)^\\s*(?:when|whenever|if|unless|while|whilst|because|before"
            + "|after|until|till|though|although|since|once|where|wherever|(?:every|each)\\s+time|even\\s+(?:if|though))\\b"
            // further in: "“…?” Hale rode the mood of the crowd as he replied" (a new sentence after the question
            // mark): the verb is the subordinate clause's, and the words before it are a clause of their own
            + "|\\s(?:as|when|whenever|while|whilst|because|if|unless|though|although|whereas)\\s+\\S");
    /**
     * The end of a sentence inside the words between a quotation and a speech verb: a stop right after the
     * closing mark ("… a “camp guard”. At his press conference he said …"), a paragraph break, or
     * a lower-case word or a number with a full stop, question or exclamation mark before a space ("… of
     * Tony Blair as prime minister.\n\nHe told …"; initials, "p.m." and titles such as "Gov." are not). The verb then
     * belongs to a later sentence, whose subject is no speaker of this quotation.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("^\\s*[.!?]|\\n[ \\t]*\\n|(?<![\\p{L}\\p{N}.])[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}]+[.!?][\"”’']?\\s");
    /**
     * "…,” Name, an aside, said": a name (after up to three words of title: "Senate Majority Leader Ann
     * Reed"), perhaps a parenthesis, then up to four asides between commas, each opening with a
     * lower-case word or a number ("Trump, the party's frontrunner, said"; "Ramos, 58, told"; "Bond, 30,
     * of Raleigh, N.C., who was among those polled, said") or a capitalised title ("Grace Namara, Permanent
     * Secretary of the Ministry of Works, told"), a US party and state ("R-Ky.") or an
     * abbreviated state after a town ("N.C.").
     */
    private static final Pattern AFTER_APPOSITIVE = Pattern.compile("^[\\s,—–-]*((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){0,3}"
            // a lower-case role between a place or party and the name: "Ohio farmer Ann Reed, …, said"
            + "(?:(?<=\\p{Lu}[\\p{L}'’-]{0,30}[ \\t])" + ROLE_WORD + "[ \\t]+)?" + NAME + ")"
            // a generational suffix after the name: "James Comey Jr., the director of …, said"
            + "(?:[ \\t]+(?:Jr|Sr)\\.)?"
            + "(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s*,\\s*(?:(?:[\\p{Ll}\\p{N}]|" + OWNER
            + "|\\p{Lu}[\\p{L}-]*['’]s?\\s|" + SpeechCues.TITLE_OPENER
            // a lawmaker's party and state, as American papers set them off: "Peter King, Republican of New York, said"
            + "|(?:Republican|Democrat|Independent)\\s+(?:of|from)\\s"
            + ")(?:[^,.“”\"\\n]|" + ASIDE_STOP
            // a short title or slogan in marks inside the aside: "Ann Reed, wearing “Vote Hale” badges, said"
            + "|[“\"][^,.“”\"\\n]{1,40}[”\"]"
            + "){0,150}?"
            + "|[RDI]-\\p{Lu}[\\p{L}.]{0,5}|\\p{Lu}\\p{L}{0,4}\\.(?:\\p{Lu}\\.)?)){1,4},\\s*(?:"
            + SpeechCues.ADVERB.pattern().substring(4) + "\\s+)?(" + V + ")\\b");
    /**
     * "…,” one of the advisers, who spoke on condition of anonymity, said": a description (or "one of" a
     * group) and a relative clause about it between commas, then the verb. Group 1 is the speaker, 2 the verb.
     */
    private static final Pattern AFTER_DESCRIPTION_WHO = Pattern.compile("^[\\s,—–-]*((?:(?:one|some|two|three|several"
            + "|many|none)\\s+of\\s+(?:the|those|these|his|her|their|its)\\s+|(?:the|a|an|another)\\s+)(?:" + DESCRIPTION_WORD + "\\s+){0,4}?"
            + DESCRIPTION_WORD + ")\\s*,\\s*who\\s[^,.“”\"\\n]{1,150}?,\\s*(?:" + SpeechCues.ADVERB.pattern().substring(4)
            + "\\s+)?(" + V + ")\\b");
    /**
     * "“…,” according to a senior official who asked not to be named": the source after "according to",
     * up to a relative clause, a preposition of time or place, or the end of the clause (without this the
     * words up to the next verb, "according to a senior official who", were taken for the speaker).
     */
    static final String ACCORDING_SOURCE = "(?i:according\\s+to)\\s+"
            // "according to a statement from the Prime Minister's Office": who issued the document is the source
            + "(?:(?i:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?i:statement|communiqu[eé]|press\\s+release|release|letter|notice|memo"
            + "|post|tweet)\\s+(?i:from|by|issued\\s+by|released\\s+by|signed\\s+by)\\s+)?((?:(?!" + CLAUSE_END
            + ")[\\p{L}\\p{N}.'’-]+\\s+){0,5}?(?!" + CLAUSE_END + ")[\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}])(?=\\s*[,.;:)]|\\s+" + CLAUSE_END + "|\\s*$)";
    private static final Pattern AFTER_ACCORDING = Pattern.compile("^[\\s,—–-]*" + ACCORDING_SOURCE);
    /** The rest of a credit's clause ending in "according to" its source: "…, Hale said on Tuesday, according to a pool report". */
    private static final Pattern TAIL_ACCORDING = Pattern.compile("[^.!?;“”\"\\n]{0,120}?,\\s*" + ACCORDING_SOURCE);
    /** A name and a reporting verb before the sentence ends: the quote is attributed after it, even if not parsed. */
    private static final Pattern ATTRIBUTION_AHEAD = Pattern.compile("^[\\s,—–-]*(?:\\p{Lu}[^.!?“”\"\\n]{0,100}?\\b)?" + V + "\\b");
    /** "…” ― Name": the dash attribution of vox-pops and epigraphs. */
    private static final Pattern AFTER_DASH = Pattern.compile("^[ \\t]*[―—][ \\t]*((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,3}"
            + "\\p{Lu}[\\p{L}'’-]+)");
    /**
     * "“We are not going anywhere” - protest leader Ibrahim Sow⏎": a headline's credit, a dash of any length, lower-case
     * role words perhaps, then a capitalised name ending the line; read only for a quotation opening its line.
     */
    private static final Pattern HEADLINE_DASH = Pattern.compile("^[ \\t]+[-–—―][ \\t]+((?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,3}"
            + "(?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,3}\\p{Lu}[\\p{L}'’-]+)[ \\t]*(?=\\n|$)");
    /**
     * "…”" ending its paragraph, then a line of a dash and a name alone ("- Sanders."): the speaker of a
     * quotation set as a paragraph of its own, as fact checks and debate round-ups print them.
     */
    private static final Pattern DASH_LINE = Pattern.compile("^[ \\t]*\\n\\s*[-–—―][ \\t]*((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,3}"
            // "— Dr Samuel Osei, Médecins Sans Frontières": who they are may follow the name after a comma
            + "\\p{Lu}[\\p{L}'’-]+)[ \\t]*(?:,[^\\n“”\"]{1,80})?[.,]?[ \\t]*(?:\\n|$)");
    /**
     * A short sentence after a quote that closes with a full stop, naming who said it: "“…we will win.”
     * Khan said.", "“…” The minister added on Tuesday.", "“…” Said Khan.".
     */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("^[ \\t]*(?:(\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,4}?)\\s+(?:(?i:also|later|then|further)\\s+)?((?i:" + V
            // "… Ruto said this while speaking in Eldoret.", "Al-Ansari made the remarks in response to a question."
            + ")(?:\\s+(?:this|so))?|made\\s+(?:the|these|those|this|his|her)\\s+(?:remarks?|comments?|statements?)|made\\s+this\\s+known)"
            + "|((?i:" + V + "))\\s+(" + NAME + "))"
            // the circumstances after the verb: "… Anwar said after chairing a meeting of the council in Putrajaya."
            + "(?:\\s*,?\\s+(?:on|in|at|to|during|last|this|earlier|later|yesterday|today|while|when|after|before|following"
            + "|upon|ahead|amid|as|shortly|soon|speaking|addressing|via|through|outside|from)\\b[^.\\n“”\"]{0,160})?\\s*\\.");
    /**
     * The passive credit of South Asian and African copy in the sentence after a quote: "“…” This was stated by
     * Majed Al-Ansari, the ministry's spokesman, at the weekly briefing." Group 1 is the speaker, 2 the verb.
     */
    private static final Pattern STATED_BY = Pattern.compile("^[ \\t]*(?:This|That|These|The\\s+(?:remarks?|comments?"
            + "|statements?))\\s+(?:was|were)\\s+((?i:" + V + "|made|disclosed|made\\s+known))\\s+by\\s+((?:the\\s+)?"
            + "(?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]*[\\p{L}])(?=\\s*[,.;]|\\s+(?:at|on|in|while|during|when|after)\\b)");

    /**
     * "…,” read one. “…,” said another.": one of several signs, posts or voices listed in turn, the verb before
     * the pronoun; the pronoun is the speaker (its group was named before the list). Group 1 the verb, 2 the speaker.
     */
    private static final Pattern ONE_OF_SEVERAL = Pattern.compile("^[\\s,—–-]*(read|reads|was|" + V + ")\\s+(one|another"
            + "|(?:a|the)\\s+(?:second|third|fourth|fifth|last|final|other))(?=\\s*[.,;!?]|\\s*$)");

    /** Nothing but blanks before the next line break: the quote closes its paragraph. */
    private static final Pattern LINE_ENDS = Pattern.compile("[ \\t]*\\n");
    /** The words after a closing mark go on in lower case: the quoted sentence is not over. */
    private static final Pattern LOWER_CASE_NEXT = Pattern.compile("[ \\t]*,?[ \\t]*\\p{Ll}");

    /** Who is credited after the quotation and with what verb; {@code attributedAfter}: a credit follows that was not parsed. */
    record Credit(Speaker speaker, String cue, boolean attributedAfter) {
    }

    private CreditAfterQuote() {
    }

    /** Whether the mark at {@code open} opens its line: only spaces or tabs before it since the line's start. */
    private static boolean opensLine(String text, int open) {
        for (int i = open - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The credit after {@code span}'s closing mark, if any; {@code words} is the number of quoted words and
     * {@code last} the quotation's last character. A credit that resolves to nobody ("can rest assured", an
     * unresolved "he") is no credit, so the caller looks before the quotation.
     */
    static Credit find(String text, QuoteMarks.Span span, int words, char last, SpeakerResolver speakers) {
        Speaker speaker = null;
        String cue = null;
        boolean attributedAfter = false;
        int creditEnd = -1;
        if (span.closed() && words >= 1) {
            int from = span.close();
            if (last == '.' && LOWER_CASE_NEXT.matcher(text).region(from, Math.min(text.length(), from + 40)).lookingAt()) {
                last = ','; // "“… to higher ground.” the commissioner said": a stop typed for the comma, the sentence goes on
            }
            int to = Math.min(text.length(), from + 200);
            String after = text.substring(from, to);
            // a quote closing its paragraph takes no credit from the next one ("“…?”⏎⏎Hale smiled as he replied."),
            // but for a dash line naming the source under it
            String line = LINE_ENDS.matcher(after).lookingAt() ? "" : after;
            Matcher m = VerbFirstCredits.AFTER_VERB_FIRST.matcher(line);
            Matcher n = AFTER_NP_FIRST.matcher(line);
            Matcher dash = AFTER_DASH.matcher(line);
            Matcher dashLine = DASH_LINE.matcher(after);
            Matcher apposed = AFTER_APPOSITIVE.matcher(line);
            Matcher described = AFTER_DESCRIPTION_NAME.matcher(line);
            Matcher according = AFTER_ACCORDING.matcher(line);
            Matcher describedWho = AFTER_DESCRIPTION_WHO.matcher(line);
            Matcher titled = AFTER_TITLE_NAME.matcher(line);
            Matcher pair = AFTER_PAIR.matcher(line);
            attributedAfter = last != '.' && ATTRIBUTION_AHEAD.matcher(line).find();
            Matcher several = ONE_OF_SEVERAL.matcher(line);
            Matcher quotedAs = QUOTED_AS_SAYING.matcher(line);
            Credit read;
            Matcher headline;
            if (last != '.' && quotedAs.find()) {
                speaker = speakers.phrase(from + quotedAs.start(1), from + quotedAs.end(1));
                cue = quotedAs.group(2);
                creditEnd = quotedAs.end();
            } else if (last != '.' && several.find()) {
                TextRange one = new TextRange(from + several.start(2), from + several.end(2));
                Speaker pronoun = speakers.phrase(one.start(), one.end());
                speaker = pronoun.name() != null ? pronoun : new Speaker(one.slice(text), one);
                cue = several.group(1);
            } else if (last != '.' && (read = DocumentCredits.find(text, line, from, span.open(), speakers)) != null) {
                speaker = read.speaker(); // "…,” the statement read.", "…,” it read."
                cue = read.cue();
            } else if (dash.find()) {
                speaker = speakers.phrase(from + dash.start(1), from + dash.end(1));
                cue = dash.group().strip().substring(0, 1);
            } else if (!span.dashed() && opensLine(text, span.open()) && (headline = HEADLINE_DASH.matcher(line)).find()) {
                speaker = speakers.phrase(from + headline.start(1), from + headline.end(1));
                cue = headline.group().strip().substring(0, 1);
            } else if (!span.dashed() && dashLine.find()) {
                // (a dashed turn is followed by the next turn, not by its source)
                speaker = speakers.phrase(from + dashLine.start(1), from + dashLine.end(1));
                cue = dashLine.group().strip().substring(0, 1);
            } else if (last != '.' && according.find()) {
                // "according to a statement from the Ministry of Transport and Infrastructure": the source stops at "and",
                // the body's name the recogniser read runs on past it
                speaker = speakers.phrase(from + according.start(1), speakers.throughBody(from + according.start(1), from + according.end(1)));
                cue = "according to";
            } else if (last != '.' && m.find()) {
                speaker = speakers.phrase(from + m.start(2), speakers.throughPerson(from + m.start(2), from + m.end(2)));
                cue = m.group(1);
                creditEnd = m.end();
            } else if (last != '.' && n.find() && !n.group(1).isBlank() && !COORDINATED.matcher(n.group(1)).find()
                    && !SUBORDINATE.matcher(n.group(1)).find()
                    && !SENTENCE_END.matcher(n.group(1)).find()) {
                int s = from + n.start(1);
                String phrase = n.group(1).stripTrailing();
                if (phrase.endsWith(")") && phrase.indexOf('(') > 0) {
                    // "Rep. Ann Reed (D-Wash.) said": the party and state are no part of the name
                    phrase = phrase.substring(0, phrase.indexOf('(')).stripTrailing();
                }
                int e = from + n.start(1) + phrase.length();
                speaker = speakers.phrase(s, e);
                Speaker first = speaker.name() == null ? null : speakers.firstOfPair(s, e);
                if (first != null) {
                    speaker = first; // "“…,” Oliver Brandt and Hana Kerr said": the first of the two is credited
                }
                cue = n.group(2);
                creditEnd = n.end();
            } else if (last != '.' && described.find()) {
                speaker = speakers.phrase(from + described.start(1), from + described.end(1));
                cue = described.group(2);
                creditEnd = described.end();
            } else if (last != '.' && titled.find()) {
                speaker = speakers.phrase(from + titled.start(1), from + titled.end(1));
                cue = titled.group(2);
                creditEnd = titled.end();
            } else if (last != '.' && apposed.find()) {
                speaker = speakers.phrase(from + apposed.start(1), from + apposed.end(1));
                cue = apposed.group(2);
                creditEnd = apposed.end();
            } else if (last != '.' && describedWho.find()) {
                speaker = speakers.phrase(from + describedWho.start(1), from + describedWho.end(1));
                cue = describedWho.group(2);
                creditEnd = describedWho.end();
            } else if (last != '.' && pair.find()) {
                speaker = speakers.phrase(from + pair.start(1), from + pair.end(1));
                cue = pair.group(2);
                creditEnd = pair.end();
            } else if (".!?".indexOf(last) < 0 && !span.dashed()) {
                // (a dashed turn has no closing mark for its words to run on past: DashedTurns tries each comma)
                Matcher trailing = TRAILING.matcher(line);
                if (trailing.find()) {
                    int g = trailing.group(1) != null ? 1 : 4;
                    speaker = speakers.phrase(from + trailing.start(g), from + trailing.end(g));
                    cue = trailing.group(g == 1 ? 2 : 3);
                    creditEnd = trailing.end();
                }
            }
            Matcher reported;
            if (speaker != null && speaker.name() != null && creditEnd >= 0
                    && (reported = TAIL_ACCORDING.matcher(line).region(creditEnd, line.length())).lookingAt()) {
                // "“…,” Hale said of the fishermen, according to a pool report": the writer has the words from the
                // report, which is the quote's source (as PolNeAR marks it); the speaker inside it is not credited
                speaker = speakers.phrase(from + reported.start(1), from + reported.end(1));
                cue = "according to";
            }
        }
        // "…”. Wahab added.": the stop after the closing mark ends the quoted sentence all the same
        int stopAfter = span.closed() && span.close() < text.length() && ".!?".indexOf(text.charAt(span.close())) >= 0 ? 1 : 0;
        if (speaker == null && span.closed() && words >= 3 && (".!?".indexOf(last) >= 0 || stopAfter == 1)) {
            int from = span.close() + stopAfter;
            String after = text.substring(from, Math.min(text.length(), from + 200));
            Matcher next = NEXT_SENTENCE.matcher(after);
            Matcher by = STATED_BY.matcher(after);
            if (next.find()) {
                int g = next.group(1) != null ? 1 : 4;
                speaker = speakers.phrase(from + next.start(g), from + next.end(g));
                cue = next.group(g == 1 ? 2 : 3);
            } else if (by.find()) {
                speaker = speakers.phrase(from + by.start(2), from + by.end(2));
                cue = by.group(1);
            }
        }
        if (speaker != null && speaker.name() == null) {
            speaker = null; // no speaker after the quote ("can rest assured", an unresolved "he"): look before it
            cue = null;
        }
        return new Credit(speaker, cue, attributedAfter);
    }
}
