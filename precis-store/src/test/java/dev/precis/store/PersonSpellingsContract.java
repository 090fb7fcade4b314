package dev.precis.store;

import static dev.precis.store.LibraryContract.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's page is shown under the spelling most met, and a surname page made before the full name was met is
 * joined into the person's when the full name arrives (unless two people share the surname); run against every
 * supported database.
 */
abstract class PersonSpellingsContract {

    /** One piece of news, opening every article of it so that they form one story. */
    private static final String PIER = "The storm wrecked the Saltby pier and its timber deck on Friday night; the council closed the Saltby pier deck.";

    @TempDir
    Path dir;

    /** A fresh, empty library configuration. */
    abstract LibraryConfig config(Path dataDir) throws Exception;

    @Test
    void aPageIsShownUnderItsMostMetSpellingAndFoundByEachSpelling() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long slip = lib.add(entry(article("a", "Dorit Hallam bought a stake in the ferry line.", "Dorit Hallam", "Dorit Hallam"), "wire")).articleId();
            long right = lib.add(entry(article("b", "Dorrit Hallam sold the stake a week later.", "Dorrit Hallam", "Dorrit Hallam"), "wire")).articleId();
            // one each: the longer spelling wins the tie
            assertThat(lib.entity("Dorit Hallam", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Dorrit Hallam");
            long third = lib.add(entry(article("c", "Dorit Hallam denied it. Dorit Hallam left.", "Dorit Hallam", "Dorit Hallam"), "wire")).articleId();
            EntityView page = lib.entity("Dorrit Hallam", EntityType.PERSON).orElseThrow();
            assertThat(page.canonical()).isEqualTo("Dorit Hallam");
            assertThat(page.articles()).extracting(ArticleRef::id).containsExactly(slip, right, third);
            lib.add(entry(article("d", "Dorrit Hallam bought it back. Dorrit Hallam smiled.", "Dorrit Hallam", "Dorrit Hallam"), "wire"));
            lib.add(entry(article("e", "Dorrit Hallam, the owner, spoke.", "Dorrit Hallam", "Dorrit Hallam"), "wire"));
            assertThat(lib.entity("Dorit Hallam", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Dorrit Hallam");
            assertThat(lib.entities(EntityType.PERSON, 10)).extracting(EntityCount::canonical).containsExactly("Dorrit Hallam");
        }
    }

    @Test
    void aSurnamePageIsJoinedIntoTheFullNameOfTheSameStory() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long before = lib.add(entry(article("a", PIER + " Blakemore said \"the pier will reopen\" on Monday.", "Blakemore", "Blakemore"), "wire")).articleId();
            assertThat(lib.entity("Blakemore", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Blakemore");
            long same = lib.add(entry(article("b", PIER + " Hester Blakemore opened the pier again.", "Hester Blakemore", "Hester Blakemore"), "wire")).articleId();
            assertThat(lib.article(same).orElseThrow().story().id()).isEqualTo(lib.article(before).orElseThrow().story().id());
            long later = lib.add(entry(article("c", "Hester Blakemore won the county chess final.", "Hester Blakemore", "Hester Blakemore"), "wire")).articleId();
            EntityView page = lib.entity("Hester Blakemore", EntityType.PERSON).orElseThrow();
            assertThat(page.articles()).extracting(ArticleRef::id).containsExactly(before, same, later);
            assertThat(page.quotes()).extracting(q -> q.article().id()).containsExactly(before);
            assertThat(lib.entities(EntityType.PERSON, 10)).extracting(EntityCount::canonical).containsExactly("Hester Blakemore");
            // a second Blakemore later: the old surname page's name still leads to the page it was joined into
            lib.add(entry(article("d", "Ivo Blakemore ran the cafe on the harbour.", "Ivo Blakemore", "Ivo Blakemore"), "wire"));
            assertThat(lib.entity("Blakemore", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Hester Blakemore");
        }
    }

    @Test
    void aFullNameMetFirstInOtherNewsJoinsTheSurnamePageWhenItReachesThePagesStory() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long lone = lib.add(entry(article("a", PIER + " Blakemore said \"the pier will reopen\" on Monday.", "Blakemore", "Blakemore"), "wire")).articleId();
            long chess = lib.add(entry(article("b", "Hester Blakemore won the county chess final.", "Hester Blakemore", "Hester Blakemore"), "wire")).articleId();
            assertThat(lib.entity("Blakemore", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Blakemore");
            long pier = lib.add(entry(article("c", PIER + " Hester Blakemore opened the pier again.", "Hester Blakemore", "Hester Blakemore"), "wire")).articleId();
            assertThat(lib.entity("Blakemore", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id)
                    .containsExactly(lone, chess, pier);
        }
    }

    @Test
    void aSurnamePageOfOtherNewsOrOfAGivenNameIsNotJoined() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long judge = lib.add(entry(article("a", PIER + " Lord Quarrie ruled the pier must reopen.", "Quarrie", "Quarrie"), "wire")).articleId();
            lib.add(entry(article("b", "Alma Quarrie won the county chess final.", "Alma Quarrie", "Alma Quarrie"), "wire"));
            lib.add(entry(article("c", "Alma Quarrie won the county chess final again.", "Alma Quarrie", "Alma Quarrie"), "wire"));
            assertThat(lib.entity("Quarrie", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id).containsExactly(judge);
            // "Prince Pemberton" alone, then "Pemberton Gale" in the same news: Pemberton is also a stored given name
            lib.add(entry(article("d", "Pemberton Hale opened the library.", "Pemberton Hale", "Pemberton Hale"), "wire"));
            long prince = lib.add(entry(article("e", PIER + " Prince Pemberton toured the pier.", "Pemberton", "Pemberton"), "wire")).articleId();
            lib.add(entry(article("f", PIER + " Olwen Pemberton sold the pier.", "Olwen Pemberton", "Olwen Pemberton"), "wire"));
            lib.add(entry(article("g", "Olwen Pemberton bought a farm.", "Olwen Pemberton", "Olwen Pemberton"), "wire"));
            assertThat(lib.entity("Pemberton", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id).containsExactly(prince);
        }
    }

    @Test
    void aSurnameTwoPeopleShareKeepsItsOwnPage() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            lib.add(entry(article("a", PIER + " Alma Quarrie opened the pier.", "Alma Quarrie", "Alma Quarrie"), "wire"));
            lib.add(entry(article("b", "Bram Quarrie closed the old mill.", "Bram Quarrie", "Bram Quarrie"), "wire"));
            long lone = lib.add(entry(article("c", PIER + " Quarrie said the pier had changed.", "Quarrie", "Quarrie"), "wire")).articleId();
            long again = lib.add(entry(article("d", PIER + " Alma Quarrie hired six pier staff.", "Alma Quarrie", "Alma Quarrie"), "wire")).articleId();
            lib.add(entry(article("e", "Alma Quarrie hired six teachers.", "Alma Quarrie", "Alma Quarrie"), "wire"));
            assertThat(lib.entity("Quarrie", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id).containsExactly(lone);
            assertThat(lib.entity("Alma Quarrie", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id)
                    .contains(again).doesNotContain(lone);
        }
    }

    /**
     * An article whose every occurrence of {@code written} is a mention of the person {@code canonical} (the
     * document's own name for it); a quoted passage, if any, is that person's.
     */
    static AnalyzedArticle article(String id, String text, String written, String canonical) {
        Article a = new Article(id, id, text, List.of(new TextRange(0, text.length())), null, null, String.format("2024-05-%02d", id.charAt(0) - 'a' + 1), "en");
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf(". "); ; end = text.indexOf(". ", start)) {
            int stop = end < 0 ? text.length() : end + 1;
            sentences.add(new Sentence(sentences.size(), new TextRange(start, stop)));
            if (end < 0) {
                break;
            }
            start = end + 2;
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
            mentions.add(new EntityMention(new TextRange(at, at + written.length()), EntityType.PERSON, canonical, null));
        }
        List<Quote> quotes = new ArrayList<>();
        int q = text.indexOf('"');
        if (q >= 0) {
            int qe = text.indexOf('"', q + 1);
            quotes.add(new Quote(new TextRange(q, qe + 1), new TextRange(q + 1, qe), QuoteKind.DIRECT, canonical,
                    mentions.get(0).range(), "said"));
        }
        return new AnalyzedArticle(a, sentences, mentions, quotes, List.of());
    }
}
