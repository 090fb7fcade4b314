package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.TimeExpression;

/**
 * The stable JSON contract of {@code precis analyze}: {@code {"id", "entities": [{start,end,text,type,
 * canonical}], "quotes": [{start,end,content,kind,speaker,speakerStart,speakerEnd,cue}], "times":
 * [{start,end,text,value,granularity}]}}, offsets into the input text as given. Thread-safe.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static ObjectNode of(ObjectMapper json, String id, AnalyzedArticle a) {
        String text = a.article().text();
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        ArrayNode entities = node.putArray("entities");
        for (EntityMention e : a.entities()) {
            ObjectNode o = entities.addObject();
            o.put("start", e.range().start());
            o.put("end", e.range().end());
            o.put("text", e.range().slice(text));
            o.put("type", e.type().name());
            o.put("canonical", e.canonical());
        }
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("start", q.content().start());
            o.put("end", q.content().end());
            o.put("content", q.content().slice(text));
            o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("speaker", q.speaker());
            if (q.speakerRange() == null) {
                o.putNull("speakerStart");
                o.putNull("speakerEnd");
            } else {
                o.put("speakerStart", q.speakerRange().start());
                o.put("speakerEnd", q.speakerRange().end());
            }
            o.put("cue", q.cue());
        }
        ArrayNode times = node.putArray("times");
        for (TimeExpression t : a.times()) {
            ObjectNode o = times.addObject();
            o.put("start", t.range().start());
            o.put("end", t.range().end());
            o.put("text", t.range().slice(text));
            o.put("value", t.value());
            o.put("granularity", t.granularity().name());
        }
        return node;
    }
}
