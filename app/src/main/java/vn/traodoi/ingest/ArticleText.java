package vn.traodoi.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.traodoi.system.InvalidInputException;

/**
 * The plain text of an uploaded or pasted article: UTF-8 only (anything else is refused, not guessed), HTML reduced
 * to its text with one line per paragraph, scripts, styles and navigation dropped.
 */
final class ArticleText {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private ArticleText() {
    }

    static String fromUpload(String filename, byte[] bytes) {
        String name = filename.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new InvalidInputException("file", "import.file.type");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "import.file.tooLarge");
        }
        String text = utf8(bytes);
        return name.endsWith(".txt") && !looksLikeHtml(text) ? text : fromHtml(text);
    }

    static String fromPaste(String pasted) {
        if (pasted.length() > MAX_BYTES) {
            throw new InvalidInputException("text", "import.file.tooLarge");
        }
        return looksLikeHtml(pasted) ? fromHtml(pasted) : pasted;
    }

    private static String utf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException("file", "import.file.binary");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "import.file.encoding");
        }
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<p ")
                || head.contains("<div") || head.contains("<br");
    }

    /**
     * The text of an HTML page, a line per block element: scripts, styles, menus, forms and side boxes dropped, the
     * page's own header (the site's name and menu) dropped but an article's header (its headline and date) kept, and,
     * when the body has no heading, the page's {@code <title>} as the first line, so that the headline is not lost.
     *
     * <pre>
     * &lt;title&gt;Tiếp đoàn&lt;/title&gt;&lt;header&gt;Cổng TTĐT&lt;/header&gt;&lt;article&gt;&lt;header&gt;&lt;h1&gt;UBND tỉnh tiếp đoàn&lt;/h1&gt;&lt;/header&gt;&lt;p&gt;Ngày …
     *   → "UBND tỉnh tiếp đoàn\nNgày …"
     * </pre>
     */
    static String fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, footer, form, iframe, svg, aside").remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, doc.body());
        String title = doc.title().strip();
        if (!title.isEmpty() && doc.body().selectFirst("h1, h2") == null && !out.toString().strip().startsWith(title)) {
            out.insert(0, title + "\n");
        }
        return out.toString();
    }
}
