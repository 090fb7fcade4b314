package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.server.ShownQuotes;
import dev.precis.server.StoryTimeline;
import dev.precis.server.web.WhenLabel;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.StorySummary;
import dev.precis.store.StoryView;
import dev.precis.store.TimelineEvent;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis story ID}: a story's summary (the one its reader page shows under "What happened"), its articles and
 * its timeline of dated events.
 */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Show a story with its timeline.")
final class StoryCommand implements Callable<Integer> {

    /** As many summary sentences as the story page shows. */
    private static final int SUMMARY_SENTENCES = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The story's number, as `precis stories` lists it.") long id;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            StoryView v = lib.story(id).orElse(null);
            if (v == null) {
                // a story merged into another lives on under the other's id (the JSON shows that story's id)
                long to = lib.storyRedirect(id).orElseThrow(() -> new UserInputException("no story " + id + " in the library"));
                spec.commandLine().getErr().println("precis: story " + id + " was merged into story " + to);
                v = lib.story(to).orElseThrow(() -> new UserInputException("no story " + id + " in the library"));
            }
            // the timeline the reader and the API list (no law's year, no repeat)
            v = new StoryView(v.info(), v.articles(), StoryTimeline.listed(v.timeline()));
            // the whole story's summary, as the story page shows it
            StorySummary summary = lib.storySummary(v.info().id(), null, SUMMARY_SENTENCES).orElse(null);
            if (format == OutputFormat.json) {
                ObjectMapper json = new ObjectMapper();
                ObjectNode root = withInputs(json, lib, v);
                if (summary != null) {
                    root.set("summary", json.valueToTree(summary.sentences()));
                }
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                out.println("Story #" + v.info().id() + ": " + v.info().title());
                out.println("Key entities: " + String.join(", ", v.info().keyEntities()));
                if (summary != null && !summary.sentences().isEmpty()) {
                    out.println("What happened:");
                    for (StorySummary.Sentence x : summary.sentences()) {
                        String who = x.attribution();
                        out.printf("  - %s%s  (#%d)%n", ShownQuotes.shown(x).replace('\n', ' '), who == null ? "" : " — " + who,
                                x.articleId());
                    }
                }
                out.println("Articles:");
                for (ArticleRef a : v.articles()) {
                    out.printf("  %6d  %s  %s [%s]%n", a.id(), a.published() == null ? "          " : a.published(), a.title(), a.source());
                }
                out.println("Timeline:");
                for (TimelineEvent e : v.timeline()) {
                    out.printf("  %-12s %s  (#%d)%n", WhenLabel.of(e.value()), e.sentence().replace('\n', ' '), e.articleId());
                }
            }
            out.flush();
        }
        return 0;
    }

    /**
     * The story as JSON, each article also carrying what ties it to its input: {@code key} (the id the
     * article came with, e.g. a JSONL line's "id", or its file), {@code url} when known, and
     * {@code copies}: the other inputs stored as this article (exact and near duplicates, by kind and
     * origin, e.g. "FILE.jsonl:12"), so a tool that counts a story's inputs finds every one of them.
     */
    private static ObjectNode withInputs(ObjectMapper json, Library lib, StoryView v) throws java.io.IOException {
        ObjectNode root = json.valueToTree(v);
        for (com.fasterxml.jackson.databind.JsonNode a : root.withArray("articles")) {
            ArticleView view = lib.article(a.get("id").asLong()).orElse(null);
            if (view == null) {
                continue;
            }
            ObjectNode n = (ObjectNode) a;
            n.put("key", view.article().id());
            if (view.article().url() != null) {
                n.put("url", view.article().url());
            }
            ArrayNode copies = n.putArray("copies");
            for (String c : view.copies()) {
                int colon = c.indexOf(": ");
                ObjectNode copy = copies.addObject();
                copy.put("kind", colon > 0 ? c.substring(0, colon) : "duplicate");
                copy.put("origin", colon > 0 ? c.substring(colon + 2) : c);
            }
        }
        return root;
    }
}
