package vn.traodoi.news;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.traodoi.system.NotFoundException;

/**
 * The public portal (no sign-in): a site's news home, its categories with their RSS feeds, search, each article
 * with its photos, related news, a print view for A4 and a QR code of its address, and the sitemap of every site.
 */
@Controller
class PublicNewsPages {

    static final int PAGE_SIZE = 12;

    private final PublicNews news;
    private final NewsSites sites;
    private final NewsPhotos photos;

    PublicNewsPages(PublicNews news, NewsSites sites, NewsPhotos photos) {
        this.news = news;
        this.sites = sites;
        this.photos = photos;
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private void site(Model model, NewsSites.Site site) {
        model.addAttribute("site", site);
        model.addAttribute("categories", sites.categories(site.organizationId()));
        model.addAttribute("base", base());
    }

    @GetMapping("/tin/{site}")
    String home(@PathVariable("site") String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return list(news.site(slug), null, page, model);
    }

    @GetMapping("/tin/{site}/muc/{category}")
    String category(@PathVariable("site") String slug, @PathVariable String category,
            @RequestParam(defaultValue = "1") int page, Model model) {
        NewsSites.Site site = news.site(slug);
        return list(site, news.category(site, category), page, model);
    }

    private String list(NewsSites.Site site, NewsSites.@Nullable Category category, int page, Model model) {
        site(model, site);
        long total = news.count(site, category);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("category", category);
        model.addAttribute("items", news.latest(site, category, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "public/list";
    }

    @GetMapping("/tin/{site}/tim-kiem")
    String search(@PathVariable("site") String slug, @RequestParam(required = false) @Nullable String q, Model model) {
        NewsSites.Site site = news.site(slug);
        site(model, site);
        model.addAttribute("q", q);
        model.addAttribute("items", news.search(site, q, 50));
        return "public/search";
    }

    @GetMapping("/tin/{site}/{article}")
    String article(@PathVariable("site") String slug, @PathVariable String article, Model model) {
        return show(slug, article, model, "public/article");
    }

    @GetMapping("/tin/{site}/{article}/in")
    String print(@PathVariable("site") String slug, @PathVariable String article, Model model) {
        return show(slug, article, model, "public/print");
    }

    private String show(String slug, String article, Model model, String view) {
        NewsSites.Site site = news.site(slug);
        PublicNews.Item item = news.article(site, article);
        site(model, site);
        model.addAttribute("item", item);
        model.addAttribute("url", base() + item.path());
        model.addAttribute("related", news.related(item, 6));
        model.addAttribute("description", item.article().lead() != null ? item.article().lead()
                : abbreviate(Html.text(item.article().bodyHtml()), 200));
        return view;
    }

    @GetMapping(value = "/tin/{site}/{article}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable("site") String slug, @PathVariable String article) {
        PublicNews.Item item = news.article(news.site(slug), article);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrCodes.png(base() + item.path(), 240));
    }

    @GetMapping("/tin/{site}/{article}/anh/{photo}")
    ResponseEntity<FileSystemResource> photo(@PathVariable("site") String slug, @PathVariable String article,
            @PathVariable long photo) {
        PublicNews.Item item = news.article(news.site(slug), article);
        NewsArticle.Photo p = item.article().photos().stream().filter(x -> x.id() == photo).findFirst()
                .orElseThrow(() -> new NotFoundException("photo", photo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(new FileSystemResource(photos.photoPath(item.article().id(), photo)));
    }

    @GetMapping(value = "/tin/{site}/muc/{category}/rss.xml")
    ResponseEntity<String> rss(@PathVariable("site") String slug, @PathVariable String category) {
        NewsSites.Site site = news.site(slug);
        NewsSites.Category c = news.category(site, category);
        String base = base();
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
        xml.append("<title>").append(Html.escape(c.name() + " – " + site.title())).append("</title>")
                .append("<link>").append(base).append("/tin/").append(site.slug()).append("/muc/").append(c.slug()).append("</link>")
                .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").append(base).append("/tin/")
                .append(site.slug()).append("/muc/").append(c.slug()).append("/rss.xml\"/>")
                .append("<description>").append(Html.escape(c.name())).append("</description><language>vi</language>");
        for (PublicNews.Item i : news.latest(site, c, 0, 30)) {
            String link = base + i.path();
            xml.append("<item><title>").append(Html.escape(i.article().title())).append("</title><link>").append(link)
                    .append("</link><guid isPermaLink=\"true\">").append(link).append("</guid><pubDate>")
                    .append(rfc.format(i.article().publishAt())).append("</pubDate><description>")
                    .append(Html.escape(i.article().lead() == null ? abbreviate(Html.text(i.article().bodyHtml()), 300)
                            : i.article().lead()))
                    .append("</description></item>");
        }
        xml.append("</channel></rss>");
        return ResponseEntity.ok().contentType(new MediaType("application", "rss+xml", StandardCharsets.UTF_8)).body(xml.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (PublicNews.Item i : news.all()) {
            xml.append("<url><loc>").append(base).append(i.path()).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(i.article().updatedAt())).append("</lastmod></url>");
        }
        xml.append("</urlset>");
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8)).body(xml.toString());
    }

    @ExceptionHandler(PublicNews.GoneException.class)
    String gone(PublicNews.GoneException e, Model model, HttpServletResponse response) {
        response.setStatus(410);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage()
                .equals("en") ? "en" : "vi");
        site(model, e.site());
        return "public/gone";
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).replaceAll("\\s+\\S*$", "") + "…";
    }

}
