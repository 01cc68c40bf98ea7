package vn.traodoi.delegation;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the delegation pages offer (kinds, statuses, roles, ...), in the model of each of their handlers. */
@ControllerAdvice(assignableTypes = {DelegationPages.class, DetailPages.class, ProgrammePages.class, PhotoPages.class,
        HostPages.class, LifecyclePages.class})
class DelegationModel {

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("statuses", DelegationStatus.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
    }
}
