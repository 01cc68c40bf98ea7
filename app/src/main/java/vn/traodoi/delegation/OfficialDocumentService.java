package vn.traodoi.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.Issuance;
import vn.traodoi.document.IssuedDocument;
import vn.traodoi.document.IssuedType;
import vn.traodoi.document.Issuers;
import vn.traodoi.document.OfficialText;
import vn.traodoi.system.NotFoundException;

/**
 * The documents of a delegation's record (ADR 18): which the user's side may draft and issue — the guest its plan, its
 * decision and a letter to each host; a host its reply once it answered — drafts written from the record as it stands,
 * and issuing through the document module (number, date, signer, signature), once a document.
 */
@Service
public class OfficialDocumentService {


    private final DelegationViews views;
    private final DelegationAccess access;
    private final Issuers issuers;
    private final Issuance issuance;
    private final MessageSource messages;
    private final Clock clock;

    OfficialDocumentService(DelegationViews views, DelegationAccess access, Issuers issuers, Issuance issuance,
            MessageSource messages, Clock clock) {
        this.views = views;
        this.access = access;
        this.issuers = issuers;
        this.issuance = issuance;
        this.messages = messages;
        this.clock = clock;
    }

    /** A document of the record the user's side may draft and issue, with what was issued of it. */
    public record Row(String key, String label, IssuedType type, @Nullable Long stopId, @Nullable IssuedDocument issued,
            boolean canSign) {

        public boolean letter() {
            return type == IssuedType.CONG_VAN;
        }
    }

    /** The documents the user's side has on this record, in the order they are written. */
    public List<Row> rows(CurrentUser user, DelegationView view) {
        Delegation d = view.delegation();
        List<Row> rows = new ArrayList<>();
        if (!(user.has(Role.ORGANIZER) || user.has(Role.APPROVER))) {
            return rows;
        }
        Delegation.Side side = access.sideOf(d, user).orElse(null);
        if (side == Delegation.Side.GUEST) {
            boolean canSign = issuance.canSign(user.orgId());
            rows.add(row(user, view, "plan", canSign));
            rows.add(row(user, view, "decision", canSign));
            for (Delegation.Stop s : d.stops()) {
                if (s.hostOrganizationId() != null) {
                    rows.add(row(user, view, "request-" + s.id(), canSign));
                }
            }
        } else if (side == Delegation.Side.HOST) {
            for (Delegation.Stop s : d.stops()) {
                if (s.hostOrganizationId() != null && s.hostOrganizationId() == user.orgId()
                        && s.hostStatus() != HostStatus.PENDING) {
                    rows.add(row(user, view, "reply-" + s.id(), issuance.canSign(user.orgId())));
                }
            }
        }
        return rows;
    }

    /** The draft of a document, as the record stands: no number, no date, the signer's place left blank. */
    public OfficialText draft(CurrentUser user, long id, String key) {
        DelegationView view = views.view(user, id);
        return text(user, view, key, null);
    }

    /** Issues the document: numbered, dated, signed as the form says; once (409 when already issued). */
    @Transactional
    public IssuedDocument issue(CurrentUser user, long id, String key, IssueForm form) {
        DelegationView view = views.view(user, id);
        Delegation d = view.delegation();
        OfficialText draft = text(user, view, key, form);
        Set<Long> audience = new HashSet<>(Set.of(d.organizerId()));
        Long stop = stopOf(key);
        if (stop == null) {
            audience.addAll(d.audience());
        } else {
            Long host = d.stop(stop).hostOrganizationId();
            if (host != null) {
                audience.add(host);
            }
        }
        return issuance.issue(user, new Issuance.Request(type(key), user.orgId(), link(d, key), audience, form.division(),
                form.authority(), form.principal(), form.position(), form.signerName(), form.signs()), draft);
    }

    private Row row(CurrentUser user, DelegationView view, String key, boolean canSign) {
        Delegation d = view.delegation();
        return new Row(key, label(view, key), type(key), stopOf(key),
                issuance.issuedFor(user.orgId(), type(key), link(d, key)), canSign);
    }

    private String label(DelegationView view, String key) {
        Delegation d = view.delegation();
        Long stop = stopOf(key);
        String host = stop == null ? null : view.organizationName(d.stop(stop).hostOrganizationId());
        return switch (kind(key)) {
            case PLAN -> messages.getMessage("official.plan", null, LocaleContextHolder.getLocale());
            case DECISION -> messages.getMessage("official.decision", null, LocaleContextHolder.getLocale());
            case REQUEST -> messages.getMessage("official.request", new Object[] {host}, LocaleContextHolder.getLocale());
            case REPLY -> messages.getMessage("official.reply", new Object[] {view.organizer().name()}, LocaleContextHolder.getLocale());
        };
    }

    private OfficialText text(CurrentUser user, DelegationView view, String key, @Nullable IssueForm form) {
        Delegation d = view.delegation();
        OfficialDocuments.Kind kind = kind(key);
        Delegation.Side side = access.sideOf(d, user).orElseThrow(() -> new NotFoundException("delegation", d.id()));
        Long stopId = stopOf(key);
        boolean guestDocument = kind != OfficialDocuments.Kind.REPLY;
        if (guestDocument ? side != Delegation.Side.GUEST : side != Delegation.Side.HOST) {
            throw new NotFoundException("document", key);
        }
        Delegation.Stop stop = stopId == null ? null : d.stops().stream().filter(s -> s.id() == stopId).findFirst()
                .orElseThrow(() -> new NotFoundException("stop", stopId));
        if (stop != null && (stop.hostOrganizationId() == null
                || (kind == OfficialDocuments.Kind.REPLY && (stop.hostOrganizationId() != user.orgId()
                        || stop.hostStatus() == HostStatus.PENDING)))) {
            throw new NotFoundException("document", key);
        }
        LocalDate today = LocalDate.now(clock);
        Issuers.Issuer issuer = issuers.of(user.orgId(), today);
        String abbreviation = issuance.abbreviation(user.orgId());
        OfficialDocuments documents = new OfficialDocuments(view, messages);
        OfficialText text = switch (kind) {
            case PLAN -> documents.plan(issuer);
            case DECISION -> documents.decision(issuer, authorityLine(issuer, form));
            case REQUEST -> documents.request(issuer, stop, form == null ? null : form.contact());
            case REPLY -> documents.reply(issuer, stop);
        };
        String symbol = kind.symbolPrefix().isEmpty()
                ? (abbreviation == null ? "" : abbreviation) + "-" + (form == null || form.division() == null ? "" : form.division().strip())
                : kind.symbolPrefix() + (abbreviation == null ? "" : abbreviation);
        return text.withSymbol(symbol);
    }

    /** "GIÁM ĐỐC SỞ NỘI VỤ": whose power the decision is made in; the collective body itself when signed TM. */
    private static String authorityLine(Issuers.Issuer issuer, @Nullable IssueForm form) {
        if (form == null || form.authority() == OfficialText.Authority.TM) {
            return issuer.body();
        }
        String head = form.authority() != null ? form.principal() : form.position();
        return head == null || head.isBlank() ? issuer.body() : head.strip() + " " + issuer.body();
    }

    private static OfficialDocuments.Kind kind(String key) {
        if (key.equals("plan")) {
            return OfficialDocuments.Kind.PLAN;
        }
        if (key.equals("decision")) {
            return OfficialDocuments.Kind.DECISION;
        }
        if (key.matches("request-\\d{1,18}")) {
            return OfficialDocuments.Kind.REQUEST;
        }
        if (key.matches("reply-\\d{1,18}")) {
            return OfficialDocuments.Kind.REPLY;
        }
        throw new NotFoundException("document", key);
    }

    private static IssuedType type(String key) {
        return switch (kind(key)) {
            case PLAN -> IssuedType.KE_HOACH;
            case DECISION -> IssuedType.QUYET_DINH;
            case REQUEST, REPLY -> IssuedType.CONG_VAN;
        };
    }

    private static @Nullable Long stopOf(String key) {
        kind(key);
        int dash = key.indexOf('-');
        return dash < 0 ? null : Long.valueOf(key.substring(dash + 1));
    }

    /** The record a document is issued from: the delegation, or the stop a letter concerns. */
    private static String link(Delegation d, String key) {
        Long stop = stopOf(key);
        return "/delegations/" + d.id() + (stop == null ? "" : "/stops/" + stop);
    }
}
