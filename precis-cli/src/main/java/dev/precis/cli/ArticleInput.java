package dev.precis.cli;

import dev.precis.model.Article;
import dev.precis.pipeline.Precis;

/** Turns a user's input into an article: plain text through the text reader, pages through extraction. */
final class ArticleInput {

    private ArticleInput() {
    }

    static Article read(Precis precis, TextInput in) {
        Article article = precis.readText(in.id(), in.text());
        if (article.text().isBlank()) {
            throw new UserInputException(in.name() + ": holds no article text");
        }
        return article;
    }
}
