package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.Role;
import vn.traodoi.account.UserForm;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.people.People;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.DemoDataRemoval;
import vn.traodoi.system.DemoDataRequested;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;

/**
 * Demo data ({@code TRAODOI_DEMO_ENABLED=true}): the delegations of seed articles 000, 001, 002 and 004 exactly as the
 * articles state them (what an article does not say stays empty), and one demo user per organization involved.
 * Loaded once: each delegation carries a demo key, so restarts change nothing.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo users (username → organization, full name): one per organization in the seeds. */
    static final Map<String, List<String>> USERS = orderedMap(
            Map.entry("demo.hanoi", List.of("Ủy ban nhân dân thành phố Hà Nội", "Người dùng mẫu UBND TP Hà Nội")),
            Map.entry("demo.ubnd.hcm", List.of("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Người dùng mẫu UBND TP.HCM")),
            Map.entry("demo.snv.hcm", List.of("Sở Nội vụ Thành phố Hồ Chí Minh", "Người dùng mẫu Sở Nội vụ TP.HCM")),
            Map.entry("demo.tuyenquang", List.of("Sở Nội vụ tỉnh Tuyên Quang", "Người dùng mẫu Sở Nội vụ tỉnh Tuyên Quang")),
            Map.entry("demo.danang", List.of("Ủy ban nhân dân thành phố Đà Nẵng", "Người dùng mẫu UBND TP Đà Nẵng")),
            Map.entry("demo.binhduong", List.of("Ủy ban nhân dân tỉnh Bình Dương", "Người dùng mẫu UBND tỉnh Bình Dương")),
            Map.entry("demo.haiphong", List.of("Ủy ban nhân dân thành phố Hải Phòng", "Người dùng mẫu UBND TP Hải Phòng")),
            Map.entry("demo.snv.haiphong", List.of("Sở Nội vụ thành phố Hải Phòng", "Người dùng mẫu Sở Nội vụ TP Hải Phòng")),
            Map.entry("demo.hdnd.haiphong", List.of("Hội đồng nhân dân thành phố Hải Phòng", "Người dùng mẫu HĐND TP Hải Phòng")));

    private final TraodoiProperties properties;
    private final Delegations delegations;
    private final People people;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final AccountService accounts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DelegationDocuments documents;
    private final FileStore photos;

    DemoData(TraodoiProperties properties, Delegations delegations, People people, OrganizationService organizations,
            PlaceLookup places, AccountService accounts, AuditLog audit, JdbcClient jdbc, TransactionTemplate transactions,
            DelegationDocuments documents) {
        this.documents = documents;
        this.photos = PhotoStore.files(properties);
        this.properties = properties;
        this.delegations = delegations;
        this.people = people;
        this.organizations = organizations;
        this.places = places;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void loadIfEnabled() {
        if (properties.demo().enabled()) {
            transactions.executeWithoutResult(status -> load());
        }
    }

    /** On the first run, an administrator asked for the demo data: it loads first, with the demo users. */
    @EventListener
    @Order(10)
    void on(DemoDataRequested request) {
        load(request);
    }

    /** Loads what is missing; returns how many delegations were added. */
    int load() {
        return load(null);
    }

    private int load(@Nullable DemoDataRequested request) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(DemoDataRemoval.LOCK).query(Integer.class).list();
        int added = 0;
        added += once("seed-000", this::seed000);
        added += once("seed-001", this::seed001);
        added += once("seed-002", this::seed002);
        added += once("seed-004-a", () -> seed004("a"));
        added += once("seed-004-b", () -> seed004("b"));
        added += once("seed-004-c", () -> seed004("c"));
        createUsers(request);
        if (added > 0) {
            log.info("Demo data: {} delegations from the seed articles loaded", added);
        }
        return added;
    }

    private int once(String key, Supplier<Long> loader) {
        if (delegations.delegationOfDemoKey(key).isPresent()) {
            return 0;
        }
        long id = loader.get();
        jdbc.sql("UPDATE delegations SET demo_key = ? WHERE id = ?").params(key, id).update();
        Delegation loaded = delegations.find(id).orElseThrow();
        audit.recordAs(null, "demo", null, "DELEGATION_CREATED", "delegation", id, loaded.title(), null, loaded);
        documents.index(loaded);
        return 1;
    }

    private long seed000() {
        long hanoi = org("Ủy ban nhân dân thành phố Hà Nội");
        long id = delegation(DelegationKind.SURVEY, "Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội",
                "Khảo sát, trao đổi kinh nghiệm tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng và tỉnh Quảng Nam.", hanoi,
                LocalDate.of(2022, 8, 9), null, false, null,
                "Bài viết chỉ nêu chặng Thành phố Hồ Chí Minh (09 và 10/8/2022); thời gian làm việc tại Đà Nẵng và "
                        + "Quảng Nam không được nêu.");
        delegations.addDocument(id, doc(DocumentType.KE_HOACH, "196/KH-UBND", LocalDate.of(2022, 7, 12), null, hanoi,
                "về khảo sát, trao đổi kinh nghiệm tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng và tỉnh Quảng Nam"), true);
        named(id, MemberRole.HEAD, "Lê Hồng Sơn", "Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hà Nội", hanoi);
        group(id, MemberRole.MEMBER, "Vụ trưởng, Phó Vụ trưởng các Bộ Tư pháp, Văn hóa và Thể thao, Khoa học và Công nghệ",
                null);
        group(id, MemberRole.MEMBER, "Giám đốc, Phó Giám đốc các Sở, ngành thuộc Ủy ban nhân dân thành phố Hà Nội: Sở Tư "
                + "pháp, Sở Tài chính, Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư", null);
        group(id, MemberRole.EXPERT, "Các chuyên gia của Thành phố Hà Nội", null);
        group(id, MemberRole.MEMBER, "Thành viên Tổ Công tác xây dựng Luật Thủ đô", org("Tổ Công tác xây dựng Luật Thủ đô"));

        long hcm = org("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        long stop = delegations.addStop(id, hcm, unit("79"), LocalDate.of(2022, 8, 9), LocalDate.of(2022, 8, 10));
        delegations.addStop(id, null, unit("48"), null, null);
        delegations.addStop(id, null, unit("49"), null, null);
        session(stop, LocalDate.of(2022, 8, 9), PartOfDay.MORNING, SessionKind.FIELD_VISIT, "thành phố Thủ Đức", null,
                null, List.of(), List.of(), List.of());
        session(stop, LocalDate.of(2022, 8, 9), PartOfDay.AFTERNOON, SessionKind.WORKING_SESSION, null, hcm,
                "đồng chí Võ Văn Hoan, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
                List.of("Kinh nghiệm tổ chức bộ máy, hoạt động theo mô hình chính quyền đô thị",
                        "Cơ chế thu hút nguồn nhân lực chất lượng cao",
                        "Cơ chế liên kết, phát triển Vùng tại Thành phố"),
                List.of(),
                List.of(org("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh"),
                        org("Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh"),
                        org("Sở Nội vụ Thành phố Hồ Chí Minh"), org("Sở Tư pháp Thành phố Hồ Chí Minh"),
                        org("Sở Tài chính Thành phố Hồ Chí Minh"), org("Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh"),
                        org("Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh")));
        confirmAll(id);
        return completed(id);
    }

    private long seed001() {
        long tuyenQuang = org("Sở Nội vụ tỉnh Tuyên Quang");
        long id = delegation(DelegationKind.STUDY, "Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang",
                "Học tập, nghiên cứu thực tế cho cán bộ, công chức tại Thành phố Hồ Chí Minh.", tuyenQuang,
                LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 22), false, 57, null);
        delegations.addDocument(id, new DocumentForm(DocumentType.CONG_VAN, "683/SNV-CCVC", null,
                LocalDate.of(2022, 7, 15), tuyenQuang, null,
                "về việc tổ chức đoàn học tập, nghiên cứu thực tế cho cán bộ, công chức tại Thành phố Hồ Chí Minh", 0), true);
        named(id, MemberRole.HEAD, "ông Tạ Văn Dũng", "Chánh Văn phòng UBND tỉnh",
                org("Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang"));
        named(id, MemberRole.DEPUTY_HEAD, "bà Nguyễn Thị Thược", "Giám đốc Sở Tư pháp", org("Sở Tư pháp tỉnh Tuyên Quang"));
        group(id, MemberRole.MEMBER, "Lãnh đạo các Sở - ngành, Ủy ban nhân dân cấp huyện, Trưởng phòng Nội vụ cấp huyện, "
                + "công chức Sở Nội vụ tỉnh Tuyên Quang", null);
        group(id, MemberRole.EXPERT, "01 chuyên gia người Hàn Quốc", null);
        long host = org("Sở Nội vụ Thành phố Hồ Chí Minh");
        long stop = delegations.addStop(id, host, unit("79"), LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 22));
        String reform = "Nghiên cứu các mô hình, giải pháp cải cách hành chính tiêu biểu trong công tác cải cách hành chính "
                + "của địa phương, đơn vị";
        for (String visited : List.of("Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh", "Ủy ban nhân dân Quận 1",
                "Ủy ban nhân dân Quận 10")) {
            session(stop, LocalDate.of(2022, 7, 21), null, SessionKind.FIELD_VISIT, null, org(visited), null,
                    List.of(reform), List.of(), List.of());
        }
        session(stop, LocalDate.of(2022, 7, 22), null, SessionKind.WORKING_SESSION, null, null, null,
                List.of("Trao đổi kết quả, kinh nghiệm cải cách hành chính, chuyển đổi số các lĩnh vực",
                        "Cách làm hay, sáng tạo, giải pháp phát triển, ứng dụng công nghệ thông tin vào hoạt động cải cách "
                                + "hành chính",
                        "Xây dựng chính quyền điện tử",
                        "Một số nội dung về công tác chuyên môn ngành Nội vụ của Thành phố Hồ Chí Minh"),
                SEED_001_HOST_OFFICIALS, List.of());
        confirmAll(id);
        return completed(id);
    }

    /** The five named host officials of seed 001, as the article writes them. */
    static final List<String> SEED_001_HOST_OFFICIALS = List.of(
            "ông Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố",
            "ông Huỳnh Văn Hạnh, Giám đốc Sở Tư pháp",
            "bà Ngô Thị Hoàng Các, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban thi đua - Khen thưởng Thành phố",
            "bà Nguyễn Thị Hồng Thắm, Phó Giám đốc Sở Nội vụ",
            "ông Nguyễn Duy Tân, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Tôn giáo");

    private long seed002() {
        long daNang = org("Ủy ban nhân dân thành phố Đà Nẵng");
        long id = delegation(DelegationKind.EXCHANGE,
                "Đoàn công tác UBND thành phố Đà Nẵng trao đổi kinh nghiệm với Thành phố Hồ Chí Minh và tỉnh Bình Dương",
                "Thực hiện kế hoạch của Thành ủy Đà Nẵng về hoạt động xây dựng các văn kiện trình Đại hội lần thứ XXIII "
                        + "Đảng bộ thành phố nhiệm kỳ 2025-2030.",
                daNang, LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 11), false, null,
                "Bài viết ghi “hai ngày 10 và 11-10” không kèm năm; năm 2024 suy ra từ Nghị quyết số 136/2024/QH15 ngày "
                        + "26/6/2024 được trích dẫn. Bài viết không nêu ngày làm việc với từng địa phương.");
        long quocHoi = org("Quốc hội");
        delegations.addDocument(id, doc(DocumentType.KE_HOACH, null, null, null, org("Thành ủy Đà Nẵng"),
                "về hoạt động xây dựng các văn kiện trình Đại hội lần thứ XXIII Đảng bộ thành phố nhiệm kỳ 2025-2030"), true);
        // The article cites the two resolutions (the topics of the visit); the visit is made under the Party's plan.
        delegations.addDocument(id, doc(DocumentType.NGHI_QUYET, "98/2023/QH15", LocalDate.of(2023, 6, 24), null, quocHoi,
                "về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh"), true, false);
        delegations.addDocument(id, doc(DocumentType.NGHI_QUYET, "136/2024/QH15", LocalDate.of(2024, 6, 26), null, quocHoi,
                "về tổ chức chính quyền đô thị và thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Đà Nẵng"),
                true, false);
        named(id, MemberRole.HEAD, "Lê Trung Chinh", "Chủ tịch UBND thành phố Đà Nẵng", daNang);
        group(id, MemberRole.MEMBER, "Lãnh đạo các cơ quan chuyên môn thuộc UBND thành phố", null);
        long binhDuong = org("Ủy ban nhân dân tỉnh Bình Dương");
        long hcm = org("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        long stopBd = delegations.addStop(id, binhDuong, unit("74"), LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 11));
        long stopHcm = delegations.addStop(id, hcm, unit("79"), LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 11));
        session(stopBd, null, null, SessionKind.WORKING_SESSION, null, binhDuong, null,
                List.of("Tình hình đầu tư và kinh nghiệm triển khai đầu tư nhà ở xã hội",
                        "Các thủ tục đầu tư các khu công nghiệp",
                        "Việc xây dựng mô hình khu công nghiệp sinh thái",
                        "Đầu tư các nhà máy xử lý chất thải rắn sinh hoạt",
                        "Định hướng phát triển, nhiệm vụ trọng tâm trong phát triển kinh tế - xã hội của 2 địa phương"),
                List.of(), List.of());
        session(stopHcm, null, null, SessionKind.WORKING_SESSION, null, hcm,
                "Phan Văn Mãi, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố Hồ Chí Minh",
                List.of("Công tác triển khai Nghị quyết số 98/2023/QH15 ngày 24-6-2023 của Quốc hội về thí điểm một số cơ "
                                + "chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh",
                        "Kinh nghiệm triển khai các chính sách tương đồng với thành phố Đà Nẵng được Quốc hội thông qua tại "
                                + "Nghị quyết số 136/2024/QH15",
                        "Giải pháp, định hướng phát triển, nhiệm vụ trọng tâm trong phát triển kinh tế - xã hội"),
                List.of(), List.of(org("Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh")));
        confirmAll(id);
        return completed(id);
    }

    private long seed004(String which) {
        long snv = org("Sở Nội vụ Thành phố Hồ Chí Minh");
        String purpose = "Học tập kinh nghiệm tại địa phương có thành tích nổi bật về Chỉ số PAR Index, Chỉ số SIPAS và Chỉ "
                + "số PAPI, cao hơn Thành phố Hồ Chí Minh về cả xếp loại và xếp hạng; đề ra giải pháp tạo bước đột phá cho "
                + "công tác cải cách hành chính của Thành phố trong năm 2023 và giai đoạn 2020 - 2025.";
        String note = "Bài viết chỉ nêu tháng 12 năm 2022; ngày làm việc và đơn vị tiếp đón không được nêu.";
        LocalDate december = LocalDate.of(2022, 12, 1);
        long id = switch (which) {
            case "a" -> delegation(DelegationKind.STUDY, "Đoàn nghiên cứu học tập kinh nghiệm về công tác cải cách hành "
                    + "chính tại Thành phố Hà Nội và tỉnh Quảng Ninh", purpose, snv, december, null, true, null, note);
            case "b" -> delegation(DelegationKind.STUDY, "Đoàn nghiên cứu học tập kinh nghiệm về công tác cải cách hành "
                    + "chính tại tỉnh Bắc Ninh và Thành phố Hải Phòng", purpose, snv, december, null, true, null, note);
            default -> delegation(DelegationKind.EXCHANGE, "Đoàn trao đổi kinh nghiệm về giải pháp nâng cao Chỉ số hiệu "
                    + "quả quản trị và hành chính công cấp tỉnh (PAPI) tại Thành phố Đà Nẵng và tỉnh Thừa Thiên Huế",
                    purpose, snv, december, null, true, null, note);
        };
        List<String> codes = switch (which) {
            case "a" -> List.of("01", "22");
            case "b" -> List.of("27", "31");
            default -> List.of("48", "46");
        };
        codes.forEach(code -> delegations.addStop(id, null, unit(code), null, null));
        group(id, MemberRole.HEAD, "Lãnh đạo Sở Nội vụ", snv);
        group(id, MemberRole.MEMBER, "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
                org("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"));
        group(id, MemberRole.MEMBER, "Đại diện lãnh đạo Ban Dân vận Thành ủy",
                org("Ban Dân vận Thành ủy Thành phố Hồ Chí Minh"));
        group(id, MemberRole.MEMBER, "Đại diện lãnh đạo và chuyên viên các sở, ban, ngành, Ủy ban nhân dân quận, huyện, "
                + "thành phố Thủ Đức", null);
        group(id, MemberRole.MEMBER, "Đại diện các phòng chuyên môn thuộc Sở Nội vụ phụ trách trực tiếp các nội dung liên "
                + "quan", snv);
        // The article lists "Thư ký đoàn" without a name: a member known by the role alone.
        delegations.addMember(id, MemberRole.SECRETARY, null, null, null, null);
        return completed(id);
    }

    private long delegation(DelegationKind kind, String title, String purpose, long organizer, @Nullable LocalDate start,
            @Nullable LocalDate end, boolean monthOnly, @Nullable Integer count, @Nullable String sourceNote) {
        LocalDate from = start;
        LocalDate to = end;
        if (monthOnly && start != null) {
            from = start.withDayOfMonth(1);
            to = start.withDayOfMonth(start.lengthOfMonth());
        }
        long id = delegations.insert(new DelegationForm(kind, title, purpose, from, to, monthOnly, count, 0), organizer,
                null, null, sourceNote);
        delegations.recordTransition(id, null, DelegationStatus.DRAFT, "DEMO", null, "demo", null, null);
        return id;
    }

    private static DocumentForm doc(DocumentType type, @Nullable String symbol, @Nullable LocalDate issued,
            @Nullable LocalDate received, long issuer, String summary) {
        return new DocumentForm(type, symbol, issued, received, issuer, null, summary, 0);
    }

    private void named(long id, MemberRole role, String name, String title, @Nullable Long organization) {
        People.NameAndTitle entry = People.parseLine(name).orElseThrow();
        long person = people.findOrCreate(new People.NameAndTitle(entry.honorific(), entry.name(), title), organization,
                null).id();
        delegations.addMember(id, role, person, null, title, organization);
    }

    private void group(long id, MemberRole role, String description, @Nullable Long organization) {
        delegations.addMember(id, role, null, description, null, organization);
    }

    private void session(long stop, @Nullable LocalDate date, @Nullable PartOfDay part, SessionKind kind,
            @Nullable String place, @Nullable Long visited, @Nullable String chair, List<String> topics,
            List<String> attendees, List<Long> attendingOrganizations) {
        Long chairId = null;
        String chairTitle = null;
        if (chair != null) {
            People.NameAndTitle c = People.parseLine(chair).orElseThrow();
            chairId = people.findOrCreate(c, null, null).id();
            chairTitle = c.title();
        }
        long session = delegations.addSession(stop, new SessionForm(stop, date, part, null, null, kind, place, visited, null, null,
                null, List.of(), null, 0), Delegation.Side.HOST, chairId, chairTitle);
        int position = 0;
        for (String topic : topics) {
            delegations.addSessionTopic(session, ++position, topic);
        }
        position = 0;
        for (String line : attendees) {
            People.NameAndTitle a = People.parseLine(line).orElseThrow();
            delegations.addAttendee(session, ++position, people.findOrCreate(a, null, null).id(), null, a.title());
        }
        for (long organization : attendingOrganizations) {
            delegations.addAttendee(session, ++position, null, organization, null);
        }
    }

    /** The article reports the visit as held: the hosts received it. */
    private void confirmAll(long id) {
        jdbc.sql("UPDATE delegation_stops SET host_status = 'CONFIRMED' WHERE delegation_id = ? AND host_organization_id IS NOT NULL")
                .param(id).update();
        jdbc.sql("UPDATE delegations SET host_requested_at = now() WHERE id = ?").param(id).update();
    }

    private long completed(long id) {
        Delegation d = delegations.find(id).orElseThrow();
        delegations.changeStatus(id, d.version(), DelegationStatus.COMPLETED, false);
        delegations.recordTransition(id, DelegationStatus.DRAFT, DelegationStatus.COMPLETED, "DEMO", null, "demo", null,
                null);
        return id;
    }

    private long org(String name) {
        return organizations.findByName(name).map(Organization::id)
                .orElseThrow(() -> new IllegalStateException("seed organization missing: " + name));
    }

    private long unit(String gsoCode) {
        return places.unit("old63", gsoCode).id();
    }

    /** Demo users of the organizations in the seeds, all with one password: given, or generated and printed once. */
    private void createUsers(@Nullable DemoDataRequested request) {
        Map<String, List<String>> users = USERS;
        List<String> missing = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (String username : users.keySet()) {
            if (!accounts.exists(username)) {
                missing.add(username);
            } else if (request != null) {
                existing.add(username);
            }
        }
        if (missing.isEmpty() && existing.isEmpty()) {
            return;
        }
        String configured = properties.demo().password();
        boolean generated = configured == null || configured.isBlank();
        if (!generated) {
            accounts.checkConfiguredPassword("TRAODOI_DEMO_PASSWORD", configured, missing.isEmpty() ? existing : missing);
        }
        String password = generated ? AccountService.generatePassword() : configured;
        for (String username : missing) {
            List<String> u = users.get(username);
            accounts.create(new UserForm(username, u.get(1), null, org(u.get(0)),
                    EnumSet.of(Role.ORGANIZER, Role.APPROVER, Role.MEMBER, Role.EDITOR), true, password, 0));
        }
        // Loaded again after a removal: the demo users it disabled come back, with a new password shown once.
        missing.addAll(existing.isEmpty() ? List.of() : accounts.enableWithPassword(existing, password));
        if (missing.isEmpty()) {
            return;
        }
        if (request != null) {
            request.usersCreated(missing, password);
        } else if (generated) {
            log.warn("""

                    ============================================================
                     Người dùng mẫu / Demo users: {}
                       mật khẩu / password: {}
                     Chỉ in ra một lần này. Printed only this once.
                    ============================================================""", String.join(", ", missing), password);
        }
    }

    @SafeVarargs
    private static Map<String, List<String>> orderedMap(Map.Entry<String, List<String>>... entries) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The demo data is removed: its delegations last, once what refers to them is gone (each audited as it was), with
     * their members, programme, documents and photos (the files once the removal commits); the demo users are disabled
     * and signed out, not deleted, since the audit log names them.
     */
    @EventListener
    @Order(50)
    void on(DemoDataRemoval removal) {
        Long[] ids = removal.delegationIds();
        List<String> files = jdbc.sql("""
                        SELECT p.storage_name FROM session_photos p JOIN delegation_sessions x ON x.id = p.session_id
                        JOIN delegation_stops s ON s.id = x.stop_id WHERE s.delegation_id = ANY (?)""")
                .param(ids).query(String.class).list();
        for (long id : removal.delegations()) {
            delegations.find(id).ifPresent(before -> audit.record("DELEGATION_REMOVED", "delegation", id,
                    before.title(), before, null));
        }
        int removed = jdbc.sql("DELETE FROM delegations WHERE id = ANY (?) AND demo_key IS NOT NULL").param(ids)
                .update();
        documents.refresh(removal.delegations());
        photos.deleteAfterCommit(files);
        removal.removed("demo.removed.delegations", removed);
        removal.removed("demo.removed.photos", files.size());
        removal.linksGone("/delegations/", removal.delegations());
        removal.removed("demo.removed.users", accounts.disable(USERS.keySet()));
        log.info("Demo data removed: {} delegations", removed);
    }
}
