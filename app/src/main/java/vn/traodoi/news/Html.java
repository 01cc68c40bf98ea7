package vn.traodoi.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Article bodies as an allow-list of HTML: paragraphs, headings, lists, emphasis, links, tables, figures and images;
 * scripts, styles, frames and every event-handler attribute are removed.
 */
final class Html {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("figure", "figcaption")
            .addAttributes("a", "rel", "target")
            .removeProtocols("img", "src", "http")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private Html() {
    }

    static String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://traodoi.invalid/", ALLOWED, out).strip();
    }

    /** The text of a body, for leads, search and feeds. */
    static String text(String html) {
        return Jsoup.parse(html).text();
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
