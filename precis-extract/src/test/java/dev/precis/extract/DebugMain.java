package dev.precis.extract;

import java.nio.file.*;
import java.util.*;
import org.jsoup.*;
import org.jsoup.nodes.*;

public class DebugMain {
  public static void main(String[] a) throws Exception {
    Document doc = Jsoup.parse(Files.readString(Path.of("/tmp/dbg/page.html")));
    Element body = doc.body();
    for (Element e : body.getElementsContainingOwnText(a.length > 0 ? a[0] : "zzzz")) {
      System.out.println("FOUND in " + e.tagName());
    }
    PageCleaner.clean(body);
    System.out.println("after clean: " + body.getElementsContainingOwnText(a.length > 0 ? a[0] : "zzzz").size());
    ElementStats stats = ElementStats.of(body);
    for (Element e : body.getElementsContainingOwnText(a.length > 0 ? a[0] : "zzzz")) {
      for (Element p : e.parents()) System.out.println("   anc " + p.tagName() + " ." + p.className() + " chars=" + stats.get(p).chars + " paras=" + stats.get(p).paragraphs + " ld=" + stats.get(p).linkDensity());
    }
    List<Element> boxes = new ContentLocator(stats, 0.5).locate(body);
    for (Element b : boxes) System.out.println("BOX " + b.tagName() + " ." + b.className() + " #" + b.id() + " chars=" + stats.get(b).chars + " ld=" + stats.get(b).linkDensity());
    for (ParagraphCollector.Block bl : new ParagraphCollector(stats, 0.5).collect(boxes)) {
      System.out.println((BoilerplatePhrases.isChrome(bl.text()) ? "[CHROME] " : "") + String.format("%.2f ", bl.linkDensity()) + bl.tag() + ": " + bl.text().substring(0, Math.min(100, bl.text().length())));
    }
  }
}
