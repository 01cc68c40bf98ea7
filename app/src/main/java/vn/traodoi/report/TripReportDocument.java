package vn.traodoi.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationView;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.document.Issuers;
import vn.traodoi.document.OfficialText;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.system.Days;
import vn.traodoi.text.VietnameseText;

/**
 * The trip report as an official document in the layout of Decree 30/2020 (Word or PDF) ("BÁO CÁO Kết quả chuyến công tác …"): the
 * organizer's heading with the number and the day of signing left blank, the legal bases, the members, the programme
 * by place and day, then the results, lessons, proposals and appendices as the secretary wrote them.
 */
final class TripReportDocument {

    private static final DateTimeFormatter DAY = Days.SHOWN;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private TripReportDocument() {
    }

    static OfficialText render(DelegationView view, ReportService.TripReport trip, List<ReportService.MemberRow> members,
            MessageSource messages, Issuers.Issuer issuer, @Nullable String abbreviation) {
        Delegation d = view.delegation();
        Parts doc = new Parts();
        List<AdministrativeUnit> places = d.stops().stream().map(s -> view.units().get(s.unitId())).filter(Objects::nonNull)
                .distinct().toList();
        String title = lowerFirst(d.title());
        String folded = VietnameseText.fold(title);
        LocalDate on = d.startDate() != null ? d.startDate() : d.endDate();
        List<String> unnamed = places.stream().filter(p -> !folded.contains(VietnameseText.fold(p.nameVi())))
                .map(p -> inRunningText(on == null ? p.fullNameVi() : p.fullNameAt(on))).toList();
        String summary = "Kết quả chuyến công tác của " + title + (unnamed.isEmpty() ? "" : " tại " + String.join(", ", unnamed));

        doc.heading("I. CĂN CỨ");
        if (d.legalBases().isEmpty()) {
            doc.body("(Hồ sơ đoàn chưa ghi văn bản căn cứ.)");
        }
        for (Delegation.Document basis : d.legalBases()) {
            doc.item(documentLine(basis, view, messages));
        }
        if (!d.citedDocuments().isEmpty()) {
            doc.body("Văn bản liên quan:");
            for (Delegation.Document cited : d.citedDocuments()) {
                doc.item(documentLine(cited, view, messages));
            }
        }
        doc.heading("II. THÀNH PHẦN ĐOÀN");
        if (d.declaredMemberCount() != null) {
            doc.body("Đoàn gồm " + d.declaredMemberCount() + " người.");
        }
        for (ReportService.MemberRow row : members) {
            String role = messages.getMessage("delegation.role." + row.member().role().name(), null, "", VI);
            doc.item(role + ": " + (row.name() == null ? "(chưa rõ tên)" : row.name())
                    + (row.member().titleText() == null ? "" : ", " + row.member().titleText()) + ";");
        }
        doc.heading("III. CHƯƠNG TRÌNH LÀM VIỆC");
        int n = 0;
        for (Delegation.Stop s : d.stops()) {
            AdministrativeUnit unit = view.units().get(s.unitId());
            String dates = s.startDate() == null ? "thời gian chưa rõ" : s.endDate() == null || s.endDate().equals(s.startDate())
                    ? "ngày " + DAY.format(s.startDate()) : "từ ngày " + DAY.format(s.startDate()) + " đến ngày " + DAY.format(s.endDate());
            doc.body(++n + ". Tại " + (unit == null ? "" : placeName(unit, s, d))
                    + (s.hostOrganizationId() == null ? "" : " (" + view.organizationName(s.hostOrganizationId()) + ")") + ", " + dates + ":");
            for (Delegation.Session x : s.sessions()) {
                String when = x.date() == null ? "Ngày chưa rõ" : (x.partOfDay() == null ? "Ngày "
                        : messages.getMessage("partOfDay." + x.partOfDay().name(), null, "", VI) + " ngày ") + DAY.format(x.date());
                if (x.hours() != null) {
                    when += ", " + x.hours();
                }
                // The session is held with the organization visited, else with the stop's host; the place is where.
                String with = x.visitedOrganizationId() != null ? view.organizationName(x.visitedOrganizationId())
                        : s.hostOrganizationId() != null ? view.organizationName(s.hostOrganizationId()) : null;
                StringBuilder line = new StringBuilder(when + ": " + messages.getMessage("session.kind." + x.kind().name(),
                        null, "", VI).toLowerCase(VI) + (with == null ? "" : " — " + with)
                        + (x.placeText() == null ? "" : "; địa điểm: " + x.placeText()));
                for (int i = 0; i < x.topics().size(); i++) {
                    line.append(i == 0 ? "; nội dung: " : "; ").append('(').append(i + 1).append(") ").append(x.topics().get(i));
                }
                doc.item(line.append('.').toString());
            }
        }
        section(doc, "IV. KẾT QUẢ", trip.results());
        section(doc, "V. BÀI HỌC KINH NGHIỆM", trip.lessons());
        doc.heading("VI. ĐỀ XUẤT, KIẾN NGHỊ");
        if (trip.proposals() == null || trip.proposals().isBlank()) {
            doc.body("(Chưa có nội dung.)");
        } else {
            trip.proposals().lines().filter(l -> !l.isBlank())
                    .forEach(l -> doc.item(String.join("; ", l.strip().split("\\s*\\|\\s*"))));
        }
        if (trip.appendices() != null) {
            section(doc, "PHỤ LỤC", trip.appendices());
        }
        String head = d.members().stream().filter(m -> m.role() == MemberRole.HEAD).findFirst()
                .flatMap(m -> members.stream().filter(r -> r.member().id() == m.id()).findFirst())
                .map(ReportService.MemberRow::name).orElse(null);
        return new OfficialText(issuer.parentBody(), issuer.body(), null, "BC-" + (abbreviation == null ? "" : abbreviation),
                issuer.place(), null, "BÁO CÁO", summary, List.of(), doc.blocks,
                new OfficialText.Signature(null, null, "Trưởng đoàn", head), List.of("- Như trên;", "- Lưu: VT."), null);
    }

    /** A unit's name inside a sentence: "tỉnh Quảng Ninh", "thành phố Hà Nội", but "Thành phố Hồ Chí Minh". */
    static String inRunningText(String fullName) {
        boolean prefixed = fullName.startsWith("Tỉnh ") || fullName.startsWith("Thành phố ");
        if (!prefixed || fullName.startsWith("Thành phố Hồ Chí Minh")) {
            return fullName;
        }
        return Character.toLowerCase(fullName.charAt(0)) + fullName.substring(1);
    }

    /** The parts as they are written, in order. */
    private static final class Parts {
        final List<OfficialText.Block> blocks = new ArrayList<>();

        void heading(String text) {
            blocks.add(OfficialText.Block.heading(text));
        }

        void body(String text) {
            blocks.add(OfficialText.Block.paragraph(text));
        }

        void item(String text) {
            blocks.add(OfficialText.Block.item(text));
        }
    }

    /** "- Kế hoạch số 196/KH-UBND ngày 12/07/2022 của UBND thành phố Hà Nội về …;" */
    private static String documentLine(Delegation.Document document, DelegationView view, MessageSource messages) {
        String issuer = document.issuerId() != null ? view.organizationName(document.issuerId()) : document.issuerText();
        return messages.getMessage("document.type." + document.type().name(), null, document.type().name(), VI)
                + (document.numberSymbol() == null ? "" : " số " + document.numberSymbol())
                + (document.issuedOn() == null ? "" : " ngày " + DAY.format(document.issuedOn()))
                + (issuer == null ? "" : " của " + issuer)
                + (document.summary() == null ? "" : " " + document.summary()) + ";";
    }

    private static void section(Parts doc, String title, String text) {
        doc.heading(title);
        doc.body(text == null || text.isBlank() ? "(Chưa có nội dung.)" : text);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || !s.startsWith("Đoàn") ? s : "đ" + s.substring(1);
    }

    /** The unit as it was named on the stop's date, else on the delegation's; with no date known, as it is named. */
    private static String placeName(AdministrativeUnit unit, Delegation.Stop stop, Delegation d) {
        LocalDate when = stop.startDate() != null ? stop.startDate() : d.startDate() != null ? d.startDate() : d.endDate();
        return when == null ? unit.fullNameVi() : unit.fullNameAt(when);
    }
}
