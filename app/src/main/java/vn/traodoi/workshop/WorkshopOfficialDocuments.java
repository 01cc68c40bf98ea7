package vn.traodoi.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.document.Issuance;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.IssuedDocument;
import vn.traodoi.document.IssuedType;
import vn.traodoi.document.Issuers;
import vn.traodoi.document.OfficialText;
import vn.traodoi.document.OfficialText.Block;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;

/**
 * The workshop's documents, written from its record in the layout of Decree 30/2020 and issued by its holder: the
 * invitation (Giấy mời: who is invited, when, where, the chair and the agenda) and the notice of the chair's
 * conclusions with the tasks they gave (Thông báo). What the record does not say is left out.
 */
@Service
public class WorkshopOfficialDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Workshops workshops;
    private final TaskService tasks;
    private final OrganizationService organizations;
    private final Issuers issuers;
    private final Issuance issuance;
    private final MessageSource messages;
    private final Clock clock;

    WorkshopOfficialDocuments(Workshops workshops, TaskService tasks, OrganizationService organizations, Issuers issuers,
            Issuance issuance, MessageSource messages, Clock clock) {
        this.workshops = workshops;
        this.tasks = tasks;
        this.organizations = organizations;
        this.issuers = issuers;
        this.issuance = issuance;
        this.messages = messages;
        this.clock = clock;
    }

    /** A document the holder may draft and issue, with what was issued of it. */
    public record Row(String key, String label, IssuedType type, @Nullable IssuedDocument issued, boolean canSign) {
    }

    /** The holder's documents of this workshop; none for a participant. */
    public List<Row> rows(CurrentUser user, Workshop w) {
        if (!Workshops.canEdit(user, w)) {
            return List.of();
        }
        boolean canSign = issuance.canSign(user.orgId());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("invitation", label("invitation"), IssuedType.GIAY_MOI,
                issuance.issuedFor(user.orgId(), IssuedType.GIAY_MOI, link(w)), canSign));
        if (w.conclusions() != null && !w.conclusions().isBlank()) {
            rows.add(new Row("conclusions", label("conclusions"), IssuedType.THONG_BAO,
                    issuance.issuedFor(user.orgId(), IssuedType.THONG_BAO, link(w)), canSign));
        }
        return rows;
    }

    public OfficialText draft(CurrentUser user, long id, String key) {
        return text(user, editable(user, id), key);
    }

    @Transactional
    public IssuedDocument issue(CurrentUser user, long id, String key, IssueForm form) {
        Workshop w = editable(user, id);
        OfficialText draft = text(user, w, key);
        Set<Long> audience = new HashSet<>(Set.of(w.ownerId()));
        workshops.participants(id).stream().map(Participant::organizationId).filter(Objects::nonNull)
                .forEach(audience::add);
        return issuance.issue(user, new Issuance.Request(type(key), user.orgId(), link(w), audience, form.division(),
                form.authority(), form.principal(), form.position(), form.signerName(), form.signs()), draft);
    }

    private Workshop editable(CurrentUser user, long id) {
        Workshop w = workshops.get(user, id);
        if (!Workshops.canEdit(user, w)) {
            throw new NotFoundException("workshop document", id);
        }
        return w;
    }

    private OfficialText text(CurrentUser user, Workshop w, String key) {
        Issuers.Issuer issuer = issuers.of(w.ownerId(), LocalDate.now(clock));
        String abbreviation = issuance.abbreviation(w.ownerId());
        String symbol = type(key).abbreviation() + "-" + (abbreviation == null ? "" : abbreviation);
        List<Participant> participants = workshops.participants(w.id());
        return switch (key) {
            case "invitation" -> invitation(w, issuer, symbol, participants);
            case "conclusions" -> {
                if (w.conclusions() == null || w.conclusions().isBlank()) {
                    throw new NotFoundException("workshop conclusions", w.id());
                }
                yield conclusions(w, issuer, symbol, participants, tasks.ofWorkshop(w.id()));
            }
            default -> throw new NotFoundException("workshop document", key);
        };
    }

    private OfficialText invitation(Workshop w, Issuers.Issuer issuer, String symbol, List<Participant> participants) {
        List<Block> blocks = new ArrayList<>();
        List<String> invited = participants.stream().map(Participant::label).filter(l -> !l.isBlank()).toList();
        if (invited.isEmpty()) {
            blocks.add(Block.paragraph(issuer.body() + " trân trọng kính mời Quý đại biểu tới dự " + lowerFirst(w.title()) + "."));
        } else {
            blocks.add(Block.paragraph(issuer.body() + " trân trọng kính mời:"));
            invited.forEach(i -> blocks.add(Block.item(i + ";")));
            blocks.add(Block.paragraph("Tới dự " + lowerFirst(w.title()) + "."));
        }
        String when = when(w.heldOn(), w.partOfDay());
        if (when != null) {
            blocks.add(Block.paragraph("Thời gian: " + when + "."));
        }
        if (w.place() != null && !w.place().isBlank()) {
            blocks.add(Block.paragraph("Địa điểm: " + w.place().strip() + "."));
        }
        if (w.chair() != null && !w.chair().isBlank()) {
            blocks.add(Block.paragraph("Chủ trì: " + w.chair().strip() + "."));
        }
        if (w.agenda() != null && !w.agenda().isBlank()) {
            blocks.add(Block.paragraph("Nội dung:"));
            w.agenda().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.item(l)));
        }
        blocks.add(Block.paragraph("Rất mong Quý đại biểu tham dự đúng thời gian./."));
        return new OfficialText(issuer.parentBody(), issuer.body(), null, symbol, issuer.place(), null,
                IssuedType.GIAY_MOI.title(), "Tham dự " + lowerFirst(w.title()), List.of(), blocks,
                new OfficialText.Signature(null, null, "", null), List.of("- Như trên;", "- Lưu: VT."), null);
    }

    private OfficialText conclusions(Workshop w, Issuers.Issuer issuer, String symbol, List<Participant> participants,
            List<FollowUpTask> given) {
        List<Block> blocks = new ArrayList<>();
        String chair = w.chair() == null ? null : chairShort(w.chair());
        String when = when(w.heldOn(), w.partOfDay());
        blocks.add(Block.paragraph((when == null ? "" : capitalize(when) + ", ") + issuer.body() + " tổ chức "
                + lowerFirst(w.title()) + (chair == null ? "" : " do " + chair + " chủ trì") + "."));
        List<String> attended = participants.stream().map(Participant::label).filter(l -> !l.isBlank()).toList();
        if (!attended.isEmpty()) {
            blocks.add(Block.paragraph("Tham dự có:"));
            attended.forEach(a -> blocks.add(Block.item(a + ";")));
        }
        blocks.add(Block.paragraph(chair == null ? "Kết luận tại " + lowerFirst(w.title()) + " như sau:"
                : chair + " kết luận như sau:"));
        w.conclusions().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.item(l)));
        if (!given.isEmpty()) {
            blocks.add(Block.paragraph("Các nhiệm vụ được giao:"));
            Map<Long, String> names = new HashMap<>();
            for (FollowUpTask t : given) {
                List<String> parts = new ArrayList<>(List.of(t.task().strip().replaceAll("[.;]+$", "")));
                if (!t.assigneeIds().isEmpty()) {
                    parts.add("chủ trì: " + String.join(", ", t.assigneeIds().stream()
                            .map(i -> names.computeIfAbsent(i, x -> organizations.get(x).name())).toList()));
                }
                if (!t.supportIds().isEmpty()) {
                    parts.add("phối hợp: " + String.join(", ", t.supportIds().stream()
                            .map(i -> names.computeIfAbsent(i, x -> organizations.get(x).name())).toList()));
                }
                String deadline = deadline(t);
                if (deadline != null) {
                    parts.add("thời hạn: " + deadline);
                }
                blocks.add(Block.item(String.join("; ", parts) + ";"));
            }
        }
        blocks.add(Block.paragraph(issuer.body() + " thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."));
        return new OfficialText(issuer.parentBody(), issuer.body(), null, symbol, issuer.place(), null,
                IssuedType.THONG_BAO.title(), "Kết luận " + (chair == null ? "" : "của " + chair + " ") + "tại "
                + lowerFirst(w.title()), List.of(), blocks, new OfficialText.Signature(null, null, "", null),
                List.of("- Các cơ quan, đơn vị được giao nhiệm vụ;", "- Lưu: VT."), null);
    }

    private @Nullable String when(@Nullable LocalDate day, @Nullable PartOfDay part) {
        if (day == null) {
            return null;
        }
        String partName = part == null ? "" : messages.getMessage("partOfDay." + part.name(), null, "", VI)
                .toLowerCase(VI) + " ";
        return partName + "ngày " + DAY.format(day);
    }

    private static @Nullable String deadline(FollowUpTask t) {
        if (t.deadlineDate() == null) {
            return null;
        }
        return switch (t.deadlineKind()) {
            case MONTH -> "trong tháng " + DateTimeFormatter.ofPattern("MM/yyyy").format(t.deadlineDate());
            case PERIOD -> t.periodFrom() + "–" + t.periodTo();
            case DAY -> DAY.format(t.deadlineDate());
            case NONE -> null;
        };
    }

    /** "Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố, Tổ trưởng …" → its name and first position. */
    private static String chairShort(String chair) {
        String[] parts = chair.strip().split("\\s*,\\s*");
        return parts.length >= 2 ? parts[0] + ", " + parts[1] : parts[0];
    }

    private String label(String key) {
        return messages.getMessage("official.workshop." + key, null, LocaleContextHolder.getLocale());
    }

    private static IssuedType type(String key) {
        return switch (key) {
            case "invitation" -> IssuedType.GIAY_MOI;
            case "conclusions" -> IssuedType.THONG_BAO;
            default -> throw new NotFoundException("workshop document", key);
        };
    }

    private static String link(Workshop w) {
        return "/workshops/" + w.id();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
