package vn.traodoi.delegation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.traodoi.document.Issuers;
import vn.traodoi.document.OfficialText;
import vn.traodoi.document.OfficialText.Block;
import vn.traodoi.document.OfficialText.Signature;
import vn.traodoi.people.Person;

/**
 * The documents a delegation's record gives, in the layout of Decree 30/2020, written only from what the record says
 * (what it does not say is left out, never made up): the guest's plan (Kế hoạch), its decision to send the delegation
 * (Quyết định, the members in an annex), its letter asking a host to receive it (công văn), and the host's reply. The
 * number, the date and the signer are filled when the document is issued.
 */
final class OfficialDocuments {

    /** What each document is, with its register type's abbreviation. */
    enum Kind {
        /** Kế hoạch of the guest. */
        PLAN("KẾ HOẠCH", "KH"),
        /** Quyết định cử đoàn of the guest. */
        DECISION("QUYẾT ĐỊNH", "QĐ"),
        /** Công văn of the guest to one host. */
        REQUEST(null, null),
        /** Công văn of a host answering the guest. */
        REPLY(null, null);

        private final @Nullable String type;
        private final @Nullable String abbreviation;

        Kind(@Nullable String type, @Nullable String abbreviation) {
            this.type = type;
            this.abbreviation = abbreviation;
        }

        @Nullable String type() {
            return type;
        }

        /** The symbol before the issuer is known: "KH-", or "" for a letter (issuer–division comes at issue). */
        String symbolPrefix() {
            return abbreviation == null ? "" : abbreviation + "-";
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DelegationView view;
    private final Delegation d;
    private final MessageSource messages;

    OfficialDocuments(DelegationView view, MessageSource messages) {
        this.view = view;
        this.d = view.delegation();
        this.messages = messages;
    }

    /** The plan: purpose, topics, members, time and places, programme. */
    OfficialText plan(Issuers.Issuer issuer) {
        List<Block> blocks = new ArrayList<>();
        if (d.purpose() != null && !d.purpose().isBlank()) {
            blocks.add(Block.heading("I. MỤC ĐÍCH, YÊU CẦU"));
            d.purpose().lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Block.paragraph(l)));
        }
        List<String> sections = List.of("I", "II", "III", "IV", "V");
        int section = blocks.isEmpty() ? 0 : 1;
        if (!topics().isEmpty()) {
            blocks.add(Block.heading(sections.get(section++) + ". NỘI DUNG"));
            topics().forEach(t -> blocks.add(Block.item(t + ";")));
        }
        blocks.add(Block.heading(sections.get(section++) + ". THÀNH PHẦN ĐOÀN"));
        blocks.addAll(memberItems());
        blocks.add(Block.heading(sections.get(section++) + ". THỜI GIAN, ĐỊA ĐIỂM"));
        String when = when();
        if (when != null) {
            blocks.add(Block.paragraph("Thời gian: " + when + "."));
        }
        blocks.addAll(programme());
        end(blocks);
        List<String> recipients = new ArrayList<>();
        d.stops().stream().map(Delegation.Stop::hostOrganizationId).filter(Objects::nonNull).distinct()
                .forEach(h -> recipients.add("- " + view.organizationName(h) + " (để phối hợp);"));
        recipients.add("- Các thành viên Đoàn;");
        recipients.add("- Lưu: VT.");
        return new OfficialText(issuer.parentBody(), issuer.body(), null, Kind.PLAN.symbolPrefix(), issuer.place(), null,
                Kind.PLAN.type(), planSummary(), List.of(), blocks, unsigned(), recipients, null);
    }

    /** The decision to send the delegation: its bases, three articles, and the members in an annex. */
    OfficialText decision(Issuers.Issuer issuer, String authority) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.centered(authority.toUpperCase(VI)));
        for (Delegation.Document basis : d.legalBases()) {
            blocks.add(Block.basis("Căn cứ " + documentLine(basis) + ";"));
        }
        blocks.add(Block.centered("QUYẾT ĐỊNH:"));
        String when = when();
        blocks.add(Block.article("Điều 1.", "Cử Đoàn công tác gồm các thành viên có tên tại Phụ lục kèm theo Quyết định "
                + "này đi " + purposePhrase() + (when == null ? "" : ", " + when) + "."));
        blocks.add(Block.article("Điều 2.", "Đoàn công tác thực hiện đúng nội dung, chương trình làm việc và báo cáo "
                + "kết quả chuyến công tác theo quy định."));
        blocks.add(Block.article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. Các thành viên có tên tại Điều 1 "
                + "chịu trách nhiệm thi hành Quyết định này./."));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Delegation.Member m : ordered()) {
            rows.add(List.of(String.valueOf(++n), memberName(m), m.titleText() == null ? "" : m.titleText(),
                    m.organizationId() == null ? "" : Objects.requireNonNullElse(view.organizationName(m.organizationId()), ""),
                    role(m)));
        }
        OfficialText.Annex annex = new OfficialText.Annex(List.of("DANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC"),
                List.of("STT", "Họ và tên", "Chức vụ", "Cơ quan", "Nhiệm vụ trong Đoàn"), rows);
        return new OfficialText(issuer.parentBody(), issuer.body(), null, Kind.DECISION.symbolPrefix(), issuer.place(),
                null, Kind.DECISION.type(), "Về việc cử Đoàn công tác đi " + purposePhrase(), List.of(), blocks, unsigned(),
                List.of("- Như Điều 3;", "- Lưu: VT."), annex);
    }

    /** The guest's letter asking one host to receive the delegation at its stop. */
    OfficialText request(Issuers.Issuer issuer, Delegation.Stop stop, @Nullable String contact) {
        String host = Objects.requireNonNull(view.organizationName(stop.hostOrganizationId()));
        List<Block> blocks = new ArrayList<>();
        String basis = d.legalBases().isEmpty() ? "" : "Thực hiện " + documentLine(d.legalBases().getFirst()) + ", ";
        String head = headLine();
        blocks.add(Block.paragraph(basis + issuer.body() + " tổ chức Đoàn công tác "
                + purposePhrase() + (head == null ? "" : ", do " + head + " làm Trưởng đoàn") + "."));
        String dates = stopDates(stop);
        blocks.add(Block.paragraph(issuer.body() + " trân trọng đề nghị " + host + " quan tâm, bố trí tiếp và làm việc với "
                + "Đoàn" + (dates == null ? "" : " " + dates) + "."));
        List<String> topics = stopTopics(stop);
        if (!topics.isEmpty()) {
            blocks.add(Block.paragraph("Nội dung đề nghị trao đổi:"));
            topics.forEach(t -> blocks.add(Block.item(t + ";")));
        }
        if (d.declaredMemberCount() != null) {
            blocks.add(Block.paragraph("Thành phần Đoàn gồm " + d.declaredMemberCount() + " người."));
        }
        if (contact != null && !contact.isBlank()) {
            blocks.add(Block.paragraph("Đầu mối liên hệ: " + contact.strip() + "."));
        }
        blocks.add(Block.paragraph(issuer.body() + " trân trọng cảm ơn sự quan tâm, phối hợp của Quý cơ quan./."));
        return new OfficialText(issuer.parentBody(), issuer.body(), null, Kind.REQUEST.symbolPrefix(), issuer.place(), null,
                null, "đề nghị tiếp và làm việc với Đoàn công tác", List.of(host), blocks, unsigned(),
                List.of("- Như trên;", "- Lưu: VT."), null);
    }

    /** The host's reply for its stop: the dates it confirmed or proposed, its note, the sessions it arranged. */
    OfficialText reply(Issuers.Issuer host, Delegation.Stop stop) {
        String guest = view.organizer().name();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(host.body() + " nhận được đề nghị của " + guest + " về việc tiếp và làm việc với Đoàn "
                + "công tác " + purposePhrase() + "."));
        if (stop.hostStatus() == HostStatus.CONFIRMED) {
            String dates = stopDates(stop);
            blocks.add(Block.paragraph(host.body() + " đồng ý tiếp và làm việc với Đoàn" + (dates == null ? "" : " " + dates)
                    + "."));
        } else if (stop.hostStatus() == HostStatus.PROPOSED) {
            String proposed = range(stop.proposedStart(), stop.proposedEnd());
            blocks.add(Block.paragraph(host.body() + " đề nghị Đoàn bố trí làm việc" + (proposed == null ? " vào thời gian khác"
                    : " " + proposed) + "."));
        }
        if (stop.hostNote() != null && !stop.hostNote().isBlank()) {
            blocks.add(Block.paragraph(stop.hostNote().strip()));
        }
        if (!stop.sessions().isEmpty()) {
            blocks.add(Block.paragraph("Chương trình làm việc:"));
            stop.sessions().forEach(x -> blocks.add(Block.item(sessionLine(stop, x))));
        }
        blocks.add(Block.paragraph(host.body() + " thông báo để " + guest + " biết, phối hợp./."));
        return new OfficialText(host.parentBody(), host.body(), null, Kind.REPLY.symbolPrefix(), host.place(), null, null,
                "tiếp Đoàn công tác của " + guest, List.of(guest), blocks, unsigned(), List.of("- Như trên;", "- Lưu: VT."),
                null);
    }

    private static Signature unsigned() {
        return new Signature(null, null, "", null);
    }

    /** "Kế hoạch số 196/KH-UBND ngày 12/07/2022 của UBND thành phố Hà Nội về …". */
    private String documentLine(Delegation.Document document) {
        String issuer = document.issuerId() != null ? view.organizationName(document.issuerId()) : document.issuerText();
        return messages.getMessage("document.type." + document.type().name(), null, document.type().name(), VI)
                + (document.numberSymbol() == null ? "" : " số " + document.numberSymbol())
                + (document.issuedOn() == null ? "" : " ngày " + DAY.format(document.issuedOn()))
                + (issuer == null ? "" : " của " + issuer)
                + (document.summary() == null ? "" : " " + document.summary().strip().replaceAll("[.;]+$", ""));
    }

    /** The plan's summary: its purpose's first sentence, else "Tổ chức đoàn …" from the title. */
    private String planSummary() {
        if (d.purpose() != null && !d.purpose().isBlank()) {
            String first = d.purpose().strip().split("(?<=\\.)\\s+|\\n")[0].replaceAll("[.;]+$", "");
            return first;
        }
        return "Tổ chức " + lowerFirst(d.title());
    }

    /** What the delegation goes to do, as a phrase: "khảo sát, trao đổi kinh nghiệm tại …", else its title. */
    private String purposePhrase() {
        if (d.purpose() != null && !d.purpose().isBlank()) {
            return lowerFirst(planSummary());
        }
        String places = d.stops().stream().map(view::unitNameThen).distinct().reduce((a, b) -> a + ", " + b).orElse("");
        String kind = messages.getMessage("delegation.kind." + d.kind().name(), null, "", VI).replaceFirst("^Đoàn\\s+", "");
        return kind + (places.isEmpty() ? "" : " tại " + places);
    }

    /** "từ ngày 09/08/2022 đến ngày 10/08/2022", "trong tháng 12/2022", or null when the record has no date. */
    private @Nullable String when() {
        if (d.datePrecision() == Delegation.DatePrecision.MONTH && d.startDate() != null) {
            return "trong tháng " + MONTH.format(d.startDate());
        }
        return range(d.startDate(), d.endDate());
    }

    private static @Nullable String range(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            return "đến ngày " + DAY.format(end);
        }
        if (end == null || end.equals(start)) {
            return "ngày " + DAY.format(start);
        }
        return "từ ngày " + DAY.format(start) + " đến ngày " + DAY.format(end);
    }

    private @Nullable String stopDates(Delegation.Stop stop) {
        String dates = range(stop.startDate(), stop.endDate());
        if (dates == null && d.datePrecision() == Delegation.DatePrecision.MONTH && d.startDate() != null) {
            return "trong tháng " + MONTH.format(d.startDate());
        }
        return dates == null ? null : (dates.startsWith("ngày") ? "vào " : "") + dates;
    }

    private List<String> topics() {
        List<String> topics = new ArrayList<>(d.topics().stream().map(Delegation.Topic::content).toList());
        if (topics.isEmpty()) {
            d.stops().forEach(s -> s.sessions().forEach(x -> topics.addAll(x.topics())));
        }
        return topics.stream().map(t -> t.strip().replaceAll("[.;]+$", "")).distinct().toList();
    }

    private List<String> stopTopics(Delegation.Stop stop) {
        List<String> own = stop.sessions().stream().flatMap(x -> x.topics().stream())
                .map(t -> t.strip().replaceAll("[.;]+$", "")).distinct().toList();
        return own.isEmpty() ? topics() : own;
    }

    private List<Block> memberItems() {
        List<Block> items = new ArrayList<>();
        if (d.declaredMemberCount() != null) {
            items.add(Block.paragraph("Đoàn gồm " + d.declaredMemberCount() + " người:"));
        }
        for (Delegation.Member m : ordered()) {
            items.add(Block.item(role(m) + ": " + memberName(m) + (m.titleText() == null ? "" : ", " + m.titleText()) + ";"));
        }
        return items;
    }

    private List<Block> programme() {
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Delegation.Stop s : d.stops()) {
            String host = s.hostOrganizationId() == null ? null : view.organizationName(s.hostOrganizationId());
            String dates = range(s.startDate(), s.endDate());
            blocks.add(Block.paragraph(++n + ". " + view.unitNameThen(s) + (host == null ? "" : " (" + host + ")")
                    + (dates == null ? "" : ", " + dates) + (s.sessions().isEmpty() ? "." : ":")));
            s.sessions().forEach(x -> blocks.add(Block.item(sessionLine(s, x))));
        }
        return blocks;
    }

    private String sessionLine(Delegation.Stop stop, Delegation.Session x) {
        StringBuilder line = new StringBuilder();
        if (x.date() == null) {
            line.append("Ngày chưa rõ");
        } else {
            line.append(x.partOfDay() == null ? "Ngày " : messages.getMessage("partOfDay." + x.partOfDay().name(), null,
                    "", VI) + " ngày ").append(DAY.format(x.date()));
        }
        if (x.hours() != null) {
            line.append(", ").append(x.hours());
        }
        String with = x.visitedOrganizationId() != null ? view.organizationName(x.visitedOrganizationId())
                : stop.hostOrganizationId() != null ? view.organizationName(stop.hostOrganizationId()) : null;
        line.append(": ").append(messages.getMessage("session.kind." + x.kind().name(), null, "", VI).toLowerCase(VI));
        if (with != null) {
            line.append(" với ").append(with);
        }
        if (x.placeText() != null && !x.placeText().isBlank()) {
            line.append("; địa điểm: ").append(x.placeText().strip());
        }
        if (!x.topics().isEmpty()) {
            line.append("; nội dung: ").append(String.join("; ", x.topics().stream()
                    .map(t -> t.strip().replaceAll("[.;]+$", "")).toList()));
        }
        return line.append(';').toString();
    }

    private List<Delegation.Member> ordered() {
        return d.members().stream().sorted((a, b) -> a.role().ordinal() != b.role().ordinal()
                ? Integer.compare(a.role().ordinal(), b.role().ordinal()) : Integer.compare(a.position(), b.position()))
                .toList();
    }

    private String memberName(Delegation.Member m) {
        if (m.personId() != null) {
            Person p = view.person(m.personId());
            if (p != null) {
                return (p.honorific() == null ? "" : p.honorific() + " ") + p.fullName();
            }
        }
        return m.groupDescription() == null || m.groupDescription().isBlank() ? "(chưa rõ tên)" : m.groupDescription();
    }

    private String role(Delegation.Member m) {
        return messages.getMessage("delegation.role." + m.role().name(), null, m.role().name(), VI);
    }

    /** "ông Lê Hồng Sơn, Phó Chủ tịch Thường trực …", the head as the record names them, or null. */
    private @Nullable String headLine() {
        return d.members().stream().filter(m -> m.role() == MemberRole.HEAD && m.personId() != null).findFirst()
                .map(m -> memberName(m) + (m.titleText() == null ? "" : ", " + m.titleText())).orElse(null);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    /** "./." closes a document's content; the builders end their last paragraph with it. */
    private static void end(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == OfficialText.Kind.PARAGRAPH || b.kind() == OfficialText.Kind.ITEM) {
                String text = b.text().replaceAll("[.;:]+$", "") + "./.";
                blocks.set(i, new Block(b.kind(), b.label(), text));
                return;
            }
        }
    }
}
