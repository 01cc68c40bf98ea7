package vn.traodoi.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;

/** The search for other systems, the same as the page's; errors are RFC 9457 problem+json. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Tra cứu / Search")
class SearchApi {

    private final KnowledgeSearch search;

    SearchApi(KnowledgeSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Tra cứu / Search what the caller's organization may see",
            description = "q: words with or without diacritics (\"chinh quyen do thi\", \"196/KH-UBND\", \"quoted "
                    + "phrase\", -excluded), at most 200 characters; facets kind, year, unit (a province as it was), "
                    + "unitNow (as it is), organization (the owner); sort RELEVANCE or DATE; page from 1 to 50, 20 hits "
                    + "each. Every count is over what the caller's organization may see. titleHtml and snippetHtml are "
                    + "HTML-escaped text with the query's words in <mark>.")
    SearchResult search(@AuthenticationPrincipal CurrentUser me, @ModelAttribute @ParameterObject SearchParameters parameters) {
        return search.search(me, parameters.query());
    }
}
