package vn.traodoi.ingest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.text.extract.ExtractedRecord;

/**
 * Nhập kho bài viết: upload a .zip (or several files), follow its reading (htmx polls the progress; the user may leave
 * and come back, pause, resume or cancel), then review each proposal in the queue, an archive's or every archive's:
 * accept it as it is, open it on the import page to correct it, reject it with a reason, or merge it into a record
 * on file; many at once with the boxes ticked.
 */
@Controller
@RequestMapping("/import/archives")
class ArchivePages {

    static final int PAGE = 25;
    /** Where a review goes back to: a queue of these pages, nothing else. */
    private static final Pattern BACK = Pattern.compile("^/import/archives(?:/\\d+|/review)?(?:\\?[A-Za-z0-9=&%_.+-]*)?$");

    private final ArchiveService archives;
    private final ArchiveQueue queue;
    private final ImportService imports;
    private final MessageSource messages;

    ArchivePages(ArchiveService archives, ArchiveQueue queue, ImportService imports, MessageSource messages) {
        this.archives = archives;
        this.queue = queue;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String index(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("archives", archives.recent(me));
        model.addAttribute("maxEntries", ArchiveEntries.MAX_ENTRIES);
        return "import/archives";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
            HttpServletResponse response, Locale locale) throws IOException {
        try {
            ArchiveImport archive = archives.upload(me, ArchiveApi.uploads(files == null ? List.of() : files));
            return "redirect:/import/archives/" + archive.id();
        } catch (InvalidInputException e) {
            FieldProblem p = e.problems().getFirst();
            response.setStatus(422);
            model.addAttribute("error", message(p.messageCode(), locale, p.arguments().toArray()));
            return index(me, model);
        }
    }

    /** An archive: its progress and its review queue, filtered by state and kind, a page at a time. */
    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) ArchiveItem.@Nullable State state,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Long after,
            @RequestParam(required = false) @Nullable Long before, Model model) {
        model.addAttribute("progress", archives.progress(me, id));
        return queue(me, id, state, kind, after, before, model, "import/archive");
    }

    /** Every archive's queue; what is to review by default. */
    @GetMapping("/review")
    String review(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Long after,
            @RequestParam(required = false) @Nullable Long before, Model model) {
        ArchiveItem.State chosen = null;
        if (state == null) {
            chosen = ArchiveItem.State.PROPOSED;
        } else if (!state.isBlank()) {
            chosen = Arrays.stream(ArchiveItem.State.values()).filter(v -> v.name().equals(state)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("state", "import.archive.filter.unknown"));
        }
        return queue(me, null, chosen, kind, after, before, model, "import/review");
    }

    private String queue(CurrentUser me, @Nullable Long id, ArchiveItem.@Nullable State state, @Nullable String kind,
            @Nullable Long after, @Nullable Long before, Model model, String view) {
        String k = kind == null || kind.isBlank() ? null : kind;
        if (k != null && !k.equals(ArchiveItem.WORKSHOP)
                && Arrays.stream(DelegationKind.values()).noneMatch(d -> d.name().equals(k))) {
            throw new InvalidInputException("kind", "import.archive.filter.unknown");
        }
        ArchiveQueue.QueuePage page = queue.queue(me, new Archives.Query(id, state, k, after, before, PAGE));
        model.addAttribute("page", page);
        model.addAttribute("state", state);
        model.addAttribute("kind", k);
        model.addAttribute("states", ArchiveItem.State.values());
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("archiveId", id);
        String base = id == null ? "/import/archives/review" : "/import/archives/" + id;
        StringBuilder here = new StringBuilder(base).append("?state=").append(state == null ? "" : state.name());
        if (k != null) {
            here.append("&kind=").append(k);
        }
        if (after != null) {
            here.append("&after=").append(after);
        }
        if (before != null) {
            here.append("&before=").append(before);
        }
        model.addAttribute("here", here.toString());
        return view;
    }

    /** The progress alone, for htmx to poll; when the reading has stopped, the queue is told to load again. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HtmxRequest htmx, Model model,
            HttpServletResponse response) {
        if (!htmx.isHtmxRequest()) {
            archives.get(me, id);
            return "redirect:/import/archives/" + id;
        }
        ArchiveService.Progress progress = archives.progress(me, id);
        if (!progress.running()) {
            response.setHeader("HX-Trigger", "archive-read");
        }
        model.addAttribute("progress", progress);
        return "import/archive :: progress";
    }

    @PostMapping("/{id}/pause")
    String pause(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.PAUSE);
        return "redirect:/import/archives/" + id;
    }

    @PostMapping("/{id}/resume")
    String resume(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.RESUME);
        return "redirect:/import/archives/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.CANCEL);
        return "redirect:/import/archives/" + id;
    }

    /** One entry: the article with its facts highlighted, the proposal's summary, and the review's actions. */
    @GetMapping("/{id}/items/{itemId}")
    String item(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) @Nullable String back, Model model) {
        ArchiveItem item = queue.item(me, id, itemId);
        model.addAttribute("archive", archives.get(me, id));
        model.addAttribute("item", item);
        model.addAttribute("candidates", queue.candidates(me, item));
        model.addAttribute("back", back(back, "/import/archives/" + id));
        if (item.articleImportId() != null) {
            ArticleImport stored = imports.get(me, item.articleImportId());
            ExtractedRecord record = imports.extract(stored);
            model.addAttribute("pieces", Highlights.of(record));
            model.addAttribute("lessons", ArticleLessons.of(record));
        }
        return "import/archive-item";
    }

    @PostMapping("/{id}/items/{itemId}/accept")
    String accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) @Nullable String back, RedirectAttributes redirect, Locale locale) {
        ArchiveItem item = queue.item(me, id, itemId);
        try {
            ArchiveQueue.Accepted accepted = queue.accept(me, id, itemId);
            redirect.addFlashAttribute("accepted", new Done(item.id(), item.headline(), link(accepted)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", List.of(refused(item.id(), item.headline(), item.articleImportId(),
                    e.problems(), locale)));
        }
        return "redirect:" + back(back, "/import/archives/" + id);
    }

    @PostMapping("/{id}/items/{itemId}/reject")
    String reject(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect, Locale locale) {
        ArchiveItem item = queue.item(me, id, itemId);
        try {
            queue.reject(me, id, itemId, reason);
            redirect.addFlashAttribute("rejected", new Done(item.id(), item.headline(), null));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", List.of(refused(item.id(), item.headline(), item.articleImportId(),
                    e.problems(), locale)));
        }
        return "redirect:" + back(back, "/import/archives/" + id);
    }

    @PostMapping("/{id}/items/{itemId}/merge")
    String merge(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestParam long delegationId, @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect, Locale locale) {
        ArchiveItem item = queue.item(me, id, itemId);
        try {
            long merged = queue.merge(me, id, itemId, delegationId);
            redirect.addFlashAttribute("merged", new Done(item.id(), item.headline(), "/delegations/" + merged));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", List.of(refused(item.id(), item.headline(), item.articleImportId(),
                    e.problems(), locale)));
        }
        return "redirect:" + back(back, "/import/archives/" + id);
    }

    /** The ticked entries accepted or rejected, each on its own; the page then says which could not be and why. */
    @PostMapping("/bulk")
    String bulk(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long archiveId,
            @RequestParam(name = "items", required = false) @Nullable List<Long> items,
            @RequestParam ArchiveQueue.BulkAction action,
            @RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect, Locale locale) {
        String to = back(back, archiveId == null ? "/import/archives/review" : "/import/archives/" + archiveId);
        ArchiveQueue.BulkAction bulk = action;
        try {
            List<ArchiveQueue.BulkResult> results = queue.bulk(me, archiveId, items == null ? List.of() : items, bulk,
                    reason);
            List<Refused> refused = new ArrayList<>();
            int done = 0;
            for (ArchiveQueue.BulkResult r : results) {
                if (r.done()) {
                    done++;
                } else {
                    refused.add(refused(r.itemId(), r.headline(), null, r.problems(), locale));
                }
            }
            redirect.addFlashAttribute("bulkDone", message("import.archive.bulk.done." + bulk.name(), locale, done));
            redirect.addFlashAttribute("refused", refused);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", List.of(new Refused(0, null, null,
                    List.of(message(e.problems().getFirst().messageCode(), locale,
                            e.problems().getFirst().arguments().toArray())))));
        }
        return "redirect:" + to;
    }

    /** A review done, for the page's message (kept in the session, which is stored): the entry and its record. */
    record Done(long itemId, @Nullable String headline, @Nullable String link) implements Serializable {
    }

    /** An entry that could not be reviewed so, and why; {@code correct} is its import page, to correct it there. */
    record Refused(long itemId, @Nullable String headline, @Nullable String correct, List<String> problems)
            implements Serializable {

        Refused {
            problems = List.copyOf(problems);
        }
    }

    private Refused refused(long itemId, @Nullable String headline, @Nullable Long importId, List<FieldProblem> problems,
            Locale locale) {
        return new Refused(itemId, headline, importId == null ? null : "/import/" + importId,
                problems.stream().map(p -> message(p.messageCode(), locale, p.arguments().toArray())).distinct().toList());
    }

    private static @Nullable String link(ArchiveQueue.Accepted a) {
        return a.delegationId() != null ? "/delegations/" + a.delegationId()
                : a.workshopId() != null ? "/workshops/" + a.workshopId() : null;
    }

    static String back(@Nullable String back, String otherwise) {
        return back != null && BACK.matcher(back).matches() ? back : otherwise;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
