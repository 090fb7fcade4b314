package dev.precis.server.web;

import dev.precis.server.web.Pages.Chrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The reader's compiled templates rendered for made-up pages, as a visitor without a session sees them. */
final class RenderedPages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    static final Chrome CHROME = new Chrome(false, "csrf", "");

    private RenderedPages() {
    }

    static String render(String template, Object page) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("chrome", CHROME, "page", page), out);
        return out.toString();
    }
}
