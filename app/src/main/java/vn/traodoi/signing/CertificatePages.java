package vn.traodoi.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Upload;

/** Quản trị → Cơ quan → Chứng thư số: the organization's certificate for signing, installed by an administrator. */
@Controller
@RequestMapping("/admin/organizations/{id}/certificate")
class CertificatePages {

    /** The installed certificate as the page shows it, dates in Vietnam's time. */
    record CertificateView(String subject, @Nullable String commonName, @Nullable String organization, String issuer,
            String serialNumber, LocalDate validFrom, LocalDate validTo, String sha256, String fingerprint,
            String keyAlgorithm, LocalDateTime installedAt, @Nullable String installedBy, boolean expired,
            boolean notYetValid, boolean opens) {
    }

    private final SigningCertificates certificates;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final Clock clock;

    CertificatePages(SigningCertificates certificates, OrganizationService organizations, AccountService accounts,
            Clock clock) {
        this.certificates = certificates;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        SigningCertificates.Installed installed = certificates.of(me, id).orElse(null);
        model.addAttribute("organization", organizations.get(id));
        model.addAttribute("certificate", installed == null ? null : view(installed));
        return "admin/organizations/certificate";
    }

    @PostMapping
    String install(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String expected, Model model, RedirectAttributes redirect) {
        try {
            certificates.install(me, id, Upload.of(file), password, expected);
            redirect.addFlashAttribute("installed", true);
            return "redirect:/admin/organizations/" + id + "/certificate";
        } catch (InvalidInputException e) {
            InvalidInputException.FieldProblem problem = e.problems().getFirst();
            model.addAttribute(Pkcs12.PASSWORD.equals(problem.field()) ? "passwordError" : "fileError", problem);
            return show(me, id, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return show(me, id, model);
        }
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "") String expected, Model model, RedirectAttributes redirect) {
        try {
            certificates.remove(me, id, expected);
            redirect.addFlashAttribute("removed", true);
            return "redirect:/admin/organizations/" + id + "/certificate";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return show(me, id, model);
        }
    }

    private CertificateView view(SigningCertificates.Installed installed) {
        CertificateFacts f = installed.facts();
        Instant now = clock.instant();
        Map<Long, String> names = accounts.fullNames(List.of(installed.installedBy()));
        return new CertificateView(f.subject(), f.commonName(), f.organization(), f.issuer(), f.serialNumber(),
                LocalDate.ofInstant(f.notBefore(), clock.getZone()), LocalDate.ofInstant(f.notAfter(), clock.getZone()),
                f.sha256(), f.fingerprint(), f.keyAlgorithm(),
                LocalDateTime.ofInstant(installed.installedAt(), clock.getZone()), names.get(installed.installedBy()),
                now.isAfter(f.notAfter()), now.isBefore(f.notBefore()), certificates.opens(installed));
    }
}
