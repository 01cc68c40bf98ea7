package vn.traodoi.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/**
 * Tra cứu: {@code /search?q=chinh quyen do thi}, with facets in the address ({@code kind}, {@code year}, {@code unit},
 * {@code unitNow}, {@code organization}), {@code sort=DATE} and {@code page}; and, for administrators, the index's
 * state and its rebuild ({@code /admin/search}).
 */
@Controller
class SearchPages {

    private final KnowledgeSearch search;
    private final SearchRebuild rebuild;

    SearchPages(KnowledgeSearch search, SearchRebuild rebuild) {
        this.search = search;
        this.rebuild = rebuild;
    }

    /** The addresses of the page's links: the same search with one facet chosen, cleared, or another page. */
    public record Links(SearchQuery query) {

        public String with(String name, @Nullable Object value) {
            Map<String, @Nullable Object> params = params();
            params.put(name, value);
            params.remove("page");
            return url(params);
        }

        public String toggle(String name, String value) {
            return Objects.equals(String.valueOf(params().get(name)), value) ? with(name, null) : with(name, value);
        }

        /** The search without its page, for the pager. */
        public String base() {
            Map<String, @Nullable Object> params = params();
            params.remove("page");
            return url(params);
        }

        private Map<String, @Nullable Object> params() {
            Map<String, @Nullable Object> p = new LinkedHashMap<>();
            p.put("q", query.text());
            p.put("kind", query.kind());
            p.put("year", query.year());
            p.put("unit", query.unit());
            p.put("unitNow", query.unitNow());
            p.put("organization", query.organization());
            p.put("sort", query.sort() == SearchQuery.Sort.RELEVANCE ? null : query.sort());
            p.put("page", query.page());
            return p;
        }

        private static String url(Map<String, @Nullable Object> params) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
            params.forEach((k, v) -> {
                if (v != null) {
                    b.queryParam(k, v);
                }
            });
            return b.encode().build().toUriString();
        }
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser me, @ModelAttribute SearchParameters parameters, Model model) {
        SearchQuery query = parameters.query();
        model.addAttribute("q", query.text() == null ? "" : query.text());
        model.addAttribute("query", query);
        model.addAttribute("links", new Links(query));
        try {
            model.addAttribute("result", search.search(me, query));
        } catch (InvalidInputException e) {
            model.addAttribute("result", SearchResult.none(query));
            model.addAttribute("problem", e.problems().getFirst());
        }
        return "search";
    }

    @GetMapping("/admin/search")
    String state(Model model) {
        model.addAttribute("state", rebuild.state());
        return "admin/search";
    }

    /** Asks for a rebuild and runs it in the background on this node; the page shows when it is done. */
    @PostMapping("/admin/search/rebuild")
    String requestRebuild(RedirectAttributes redirect) {
        rebuild.requestAudited();
        Thread.ofVirtual().name("search-rebuild").start(rebuild::runRequested);
        redirect.addFlashAttribute("requested", true);
        return "redirect:/admin/search";
    }
}
