package vn.traodoi.news;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.system.Upload;

/** Tin bài: my organization's articles, a draft from a record, the editor, the editorial steps, the categories. */
@Controller
@RequestMapping("/news")
class NewsPages {

    private final NewsService news;
    private final NewsPhotos photos;
    private final NewsSites sites;
    private final ArticleDrafts drafts;

    NewsPages(NewsService news, NewsPhotos photos, NewsSites sites, ArticleDrafts drafts) {
        this.news = news;
        this.photos = photos;
        this.sites = sites;
        this.drafts = drafts;
    }

    @ModelAttribute
    void reference(@AuthenticationPrincipal @Nullable CurrentUser me, Model model) {
        if (me != null) {
            model.addAttribute("site", sites.site(me.orgId()));
            model.addAttribute("categories", sites.categories(me.orgId()));
            model.addAttribute("now", news.now().toInstant());
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) NewsArticle.@Nullable Status status,
            Model model) {
        model.addAttribute("articles", news.mine(me, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", NewsArticle.Status.values());
        return "news/list";
    }

    /** A draft from a delegation (or one of its stops), a workshop, or a blank one with its title. */
    @PostMapping("/drafts")
    String draft(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long delegation,
            @RequestParam(required = false) @Nullable Long stop, @RequestParam(required = false) @Nullable Long workshop,
            @RequestParam(required = false) @Nullable String title, RedirectAttributes redirect) {
        long id;
        if (delegation != null) {
            try {
                id = drafts.fromDelegation(me, delegation, stop);
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("error", e.problems().getFirst().messageCode());
                return "redirect:/delegations/" + delegation;
            }
        } else if (workshop != null) {
            id = drafts.fromWorkshop(me, workshop);
        } else {
            if (title == null || title.isBlank()) {
                redirect.addFlashAttribute("titleError", "news.title.required");
                return "redirect:/news";
            }
            id = news.create(me, title, null, "", sites.categories(me.orgId()).stream().findFirst()
                    .map(NewsSites.Category::id).orElse(null), me.fullName(), sites.site(me.orgId()).title(), null, null,
                    null, ArticleDrafts.topicShingles(List.of(title)).stream()
                            .map(t -> new String[] {"TOPIC", t}).toList());
        }
        return "redirect:/news/" + id;
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        NewsArticle a = news.get(me, id);
        model.addAttribute("article", a);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ArticleForm.of(a, news.zone()));
        }
        return "news/edit";
    }

    @PostMapping("/{id}")
    String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return edit(me, id, model);
        }
        try {
            news.update(me, id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/news/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return edit(me, id, model);
        } catch (ConcurrentEditException e) {
            response.setStatus(409);
            model.addAttribute("stale", true);
            NewsArticle current = news.get(me, id);
            model.addAttribute("form", new ArticleForm(form.title(), form.lead(), form.bodyHtml(), form.categoryId(),
                    form.author(), form.source(), form.publishAt(), current.version()));
            return edit(me, id, model);
        }
    }

    @PostMapping("/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String step,
            @RequestParam int version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.step(me, id, step, version);
            redirect.addFlashAttribute("stepped", step);
            return "redirect:/news/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("stepErrors", e.problems().stream().map(InvalidInputException.FieldProblem::messageCode).toList());
            response.setStatus(422);
            return edit(me, id, model);
        } catch (StateConflictException | ConcurrentEditException e) {
            response.setStatus(409);
            model.addAttribute("stepErrors", List.of("news.stale"));
            return edit(me, id, model);
        }
    }

    @PostMapping("/{id}/photos")
    String addPhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile photo, @RequestParam(required = false) @Nullable String caption,
            Model model, RedirectAttributes redirect) {
        try {
            photos.addPhoto(me, id, Upload.of(photo), caption);
            return "redirect:/news/" + id + "#photos";
        } catch (InvalidInputException e) {
            model.addAttribute("photoError", e.problems().getFirst());
            model.addAttribute("typedCaption", caption);
            return edit(me, id, model);
        }
    }

    @PostMapping("/{id}/photos/{photo}/delete")
    String removePhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long photo) {
        photos.removePhoto(me, id, photo);
        return "redirect:/news/" + id + "#photos";
    }

    @GetMapping("/{id}/photos/{photo}")
    ResponseEntity<FileSystemResource> photo(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable long photo) {
        NewsArticle a = news.get(me, id);
        NewsArticle.Photo p = a.photos().stream().filter(x -> x.id() == photo).findFirst()
                .orElseThrow(() -> new NotFoundException("photo", photo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header("Cache-Control", "private, no-store").body(new FileSystemResource(photos.photoPath(id, photo)));
    }

    @GetMapping("/categories")
    String categories() {
        return "news/categories";
    }

    @PostMapping("/categories")
    String saveCategory(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long id,
            @RequestParam(required = false) @Nullable String name, Model model) {
        try {
            sites.saveCategory(me, id, name);
            return "redirect:/news/categories";
        } catch (InvalidInputException e) {
            model.addAttribute("categoryError", e.problems().getFirst().messageCode());
            model.addAttribute("typedName", name);
            return "news/categories";
        }
    }
}
