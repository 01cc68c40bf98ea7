package vn.traodoi.delegation.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationStatus;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionKind;

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
