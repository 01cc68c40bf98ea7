package vn.traodoi.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;

/**
 * Article imports for integrations and the bulk import command: POST an article, get its import (the same article
 * again answers the earlier import with {@code existing: true}); the draft itself is confirmed on the import page.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Nhập bài viết / Article imports")
class ImportApi {

    private final ImportService imports;

    ImportApi(ImportService imports) {
        this.imports = imports;
    }

    /** An article: its text (plain or HTML) and where it came from. */
    record ImportRequest(String text, @Nullable String sourceName) {
    }

    /** What was stored and the facts found, each as written in the text. */
    record ImportResponse(long id, boolean existing, @Nullable String headline, String event, List<String> dates,
            List<String> documents, List<String> people, List<String> organizations, @Nullable Long delegationId) {

        static ImportResponse of(ArticleImport i, boolean existing, ExtractedRecord r) {
            return new ImportResponse(i.id(), existing, r.headline(), r.eventKind().value().name(),
                    r.dates().stream().map(f -> f.value().key()).toList(),
                    r.documents().stream().map(f -> f.value().type() + " " + f.value().symbol()).toList(),
                    r.people().stream().map(f -> f.value().name()).toList(),
                    r.organizations().stream().map(Fact::value).toList(), i.delegationId());
        }
    }

    @PostMapping
    @Operation(summary = "Nhập một bài viết / Import an article",
            description = "201 for a new import; 200 with existing=true when the same article was imported before.")
    ResponseEntity<ImportResponse> submit(@AuthenticationPrincipal CurrentUser me, @RequestBody ImportRequest request) {
        ImportService.Submitted submitted = imports.submit(me, ArticleText.fromPaste(request.text() == null ? "" : request.text()),
                request.sourceName());
        ImportResponse body = ImportResponse.of(submitted.articleImport(), submitted.existing(),
                imports.extract(submitted.articleImport()));
        return submitted.existing() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/imports/" + body.id())).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bài đã nhập / One import")
    ImportResponse get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        ArticleImport stored = imports.get(me, id);
        return ImportResponse.of(stored, false, imports.extract(stored));
    }
}
