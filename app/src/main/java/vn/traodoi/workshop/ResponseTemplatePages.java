package vn.traodoi.workshop;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/** Mẫu trả lời: the responses an organization reuses when it answers comments. */
@Controller
@RequestMapping("/workshops/templates")
class ResponseTemplatePages {

    private final ResponseTemplates templates;

    ResponseTemplatePages(ResponseTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("responseKinds", WorkshopView.RESPONSE_KINDS);
        model.addAttribute("templates", templates.templates(me));
        if (!model.containsAttribute("templateForm")) {
            model.addAttribute("templateForm", TemplateForm.empty());
        }
        return "workshops/templates";
    }

    @PostMapping
    String add(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("templateForm") TemplateForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "templateForm", TemplateForm.empty(), errors);
            return list(me, model);
        }
        try {
            templates.addTemplate(me, form.kind(), form.text());
            return "redirect:/workshops/templates";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return list(me, model);
        }
    }

    @PostMapping("/{templateId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable long templateId) {
        templates.deleteTemplate(me, templateId);
        return "redirect:/workshops/templates";
    }
}
