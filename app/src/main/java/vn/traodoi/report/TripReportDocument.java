package vn.traodoi.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationView;
import vn.traodoi.document.OfficialText;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.system.Days;

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
            MessageSource messages) {
        Delegation d = view.delegation();
        {
            Parts doc = new Parts();
            String place = view.organizer().unitId() == null ? "" : view.units().values().stream()
                    .filter(u -> u.id() == view.organizer().unitId()).findFirst().map(AdministrativeUnit::nameVi)
                    .orElse("");
            String placeAndDate = (place.isEmpty() ? "" : place + ", ") + "ngày     tháng     năm     ";
            String where = d.stops().stream().map(s -> view.units().get(s.unitId())).filter(Objects::nonNull)
                    .map(AdministrativeUnit::nameVi).distinct().collect(Collectors.joining(", "));
            List<String> titles = List.of("BÁO CÁO", "Kết quả chuyến công tác của " + lowerFirst(d.title())
                    + (where.isEmpty() ? "" : " tại " + where));

            doc.heading2("I. CĂN CỨ");
            if (d.legalBases().isEmpty()) {
                doc.body("(Hồ sơ đoàn chưa ghi văn bản căn cứ.)");
            }
            for (Delegation.Document basis : d.legalBases()) {
                doc.body(documentLine(basis, view, messages));
            }
            if (!d.citedDocuments().isEmpty()) {
                doc.body("Văn bản liên quan:");
                for (Delegation.Document cited : d.citedDocuments()) {
                    doc.body(documentLine(cited, view, messages));
                }
            }
            doc.heading2("II. THÀNH PHẦN ĐOÀN");
            if (d.declaredMemberCount() != null) {
                doc.body("Đoàn gồm " + d.declaredMemberCount() + " người.");
            }
            for (ReportService.MemberRow row : members) {
                String role = messages.getMessage("delegation.role." + row.member().role().name(), null, "", VI);
                doc.body("- " + role + ": " + (row.name() == null ? "(chưa rõ tên)" : row.name())
                        + (row.member().titleText() == null ? "" : ", " + row.member().titleText()) + ";");
            }
            doc.heading2("III. CHƯƠNG TRÌNH LÀM VIỆC");
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
                    StringBuilder line = new StringBuilder("- " + when + ": " + messages.getMessage("session.kind." + x.kind().name(),
                            null, "", VI).toLowerCase(VI) + (with == null ? "" : " — " + with)
                            + (x.placeText() == null ? "" : "; địa điểm: " + x.placeText()));
                    for (int i = 0; i < x.topics().size(); i++) {
                        line.append(i == 0 ? "; nội dung: " : "; ").append('(').append(i + 1).append(") ").append(x.topics().get(i));
                    }
                    doc.body(line.append('.').toString());
                }
            }
            section(doc, "IV. KẾT QUẢ", trip.results());
            section(doc, "V. BÀI HỌC KINH NGHIỆM", trip.lessons());
            section(doc, "VI. ĐỀ XUẤT, KIẾN NGHỊ", trip.proposals() == null ? null
                    : trip.proposals().lines().map(l -> l.split("\\s*\\|\\s*")).map(p -> "- " + String.join("; ", p))
                            .collect(Collectors.joining("\n")));
            if (trip.appendices() != null) {
                section(doc, "PHỤ LỤC", trip.appendices());
            }
            return new OfficialText(view.organizer().name(), "Số:        /BC-", placeAndDate, titles, doc.blocks,
                    "Trưởng đoàn", "- Như trên;\n- Lưu: VT.");
        }
    }

    /** The parts as they are written, in order. */
    private static final class Parts {
        final List<OfficialText.Block> blocks = new ArrayList<>();

        void heading2(String text) {
            blocks.add(OfficialText.Block.heading(text));
        }

        void body(String text) {
            blocks.add(OfficialText.Block.paragraph(text));
        }
    }

    /** "- Kế hoạch số 196/KH-UBND ngày 12/07/2022 của UBND thành phố Hà Nội về …;" */
    private static String documentLine(Delegation.Document document, DelegationView view, MessageSource messages) {
        String issuer = document.issuerId() != null ? view.organizationName(document.issuerId()) : document.issuerText();
        return "- " + messages.getMessage("document.type." + document.type().name(), null, document.type().name(), VI)
                + (document.numberSymbol() == null ? "" : " số " + document.numberSymbol())
                + (document.issuedOn() == null ? "" : " ngày " + DAY.format(document.issuedOn()))
                + (issuer == null ? "" : " của " + issuer)
                + (document.summary() == null ? "" : " " + document.summary()) + ";";
    }

    private static void section(Parts doc, String title, String text) {
        doc.heading2(title);
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
