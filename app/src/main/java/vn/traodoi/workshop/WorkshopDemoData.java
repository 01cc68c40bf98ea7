package vn.traodoi.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.DemoDataRemoval;
import vn.traodoi.system.DemoDataRequested;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.task.TaskService;

/**
 * The workshop of seed article 003 ({@code TRAODOI_DEMO_ENABLED=true}), with only what the article states: Hải Phòng's
 * People's Committee, the afternoon of 02/08/2023, the chair and the attending vice-chair of the People's Council, the
 * chair's conclusions, and the tasks they give to organizations of the directory. The article quotes no single comment
 * and no text of the draft, so none is made up; the consultant is not named, so its task stays in the conclusions.
 */
@Component
class WorkshopDemoData {

    static final String KEY = "seed-003";
    static final String TITLE = "Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";
    static final String PROJECT = "Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";
    static final String STEERING = "Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";
    static final String SUPPORT = "Tổ giúp việc Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";
    static final String CONCLUSIONS = """
            Phó Chủ tịch Thường trực UBND thành phố Lê Anh Quân ghi nhận và cảm ơn các ý kiến tâm huyết, trí tuệ của các đại biểu.
            Yêu cầu thủ trưởng các sở, ngành, địa phương liên quan và thành viên Tổ giúp việc tiếp thu đầy đủ ý kiến các đại biểu để bổ sung, hoàn thiện dự thảo Đề án, phù hợp thực tiễn thành phố.
            Tổ giúp việc rà soát, bổ sung các căn cứ pháp lý xây dựng cơ chế vận hành, chính sách, phân cấp, phân quyền, ủy quyền thuộc từng ngành, lĩnh vực phụ trách khi tổ chức chính quyền đô thị; làm rõ hơn, chi tiết hơn tác động của tổ chức chính quyền đô thị đối với các lĩnh vực: Quản lý đầu tư, tài chính ngân sách, quản lý đô thị, tài nguyên môi trường, xã hội… để bảo đảm tính toàn diện.
            Giao Sở Nội vụ, các thành viên Tổ giúp việc chủ động hoàn thiện báo cáo, đề xuất lịch họp và chuẩn bị tài liệu họp Ban Chỉ đạo, biên tập xây dựng Đề án chính quyền đô thị thành phố Hải Phòng ngay trong tháng 8/2023.
            Đề nghị đơn vị tư vấn tiếp thu, hoàn thiện dự thảo Đề án tổ chức chính quyền đô thị thành phố Hải Phòng bảo đảm kế hoạch tiến độ, yêu cầu chất lượng đề ra.""";

    private static final Logger log = LoggerFactory.getLogger(WorkshopDemoData.class);

    private final TraodoiProperties properties;
    private final Workshops workshops;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskService taskService;
    private final SearchIndex index;
    private final FileStore drafts;

    WorkshopDemoData(TraodoiProperties properties, Workshops workshops, OrganizationService organizations, AuditLog audit,
            JdbcClient jdbc, TransactionTemplate transactions, TaskService taskService, SearchIndex index) {
        this.index = index;
        this.drafts = WorkshopDrafts.files(properties);
        this.taskService = taskService;
        this.properties = properties;
        this.workshops = workshops;
        this.organizations = organizations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** On the first run, an administrator asked for the demo data: this after the delegations. */
    @EventListener(DemoDataRequested.class)
    @Order(20)
    void onRequest() {
        load();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void loadIfEnabled() {
        if (properties.demo().enabled()) {
            transactions.executeWithoutResult(status -> load());
        }
    }

    /** Loads the workshop unless it is there; returns its id. */
    long load() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(727004)").query(Integer.class).list();
        return workshops.byDemoKey(KEY).orElseGet(this::seed003);
    }

    private long seed003() {
        long city = org("Ủy ban nhân dân thành phố Hải Phòng");
        long council = org("Hội đồng nhân dân thành phố Hải Phòng");
        long home = org("Sở Nội vụ thành phố Hải Phòng");
        long support = org(SUPPORT);
        long id = jdbc.sql("""
                        INSERT INTO workshops (owner_id, title, project_title, steering_committee, support_group, held_on,
                            part_of_day, chair, conclusions, next_meeting_note, demo_key)
                        VALUES (?, ?, ?, ?, ?, ?, 'AFTERNOON', ?, ?, ?, ?) RETURNING id""")
                .params(city, TITLE, PROJECT, STEERING, SUPPORT, LocalDate.of(2023, 8, 2),
                        "Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố, Tổ trưởng Tổ giúp việc Ban Chỉ đạo, "
                                + "biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng",
                        CONCLUSIONS, "Họp Ban Chỉ đạo, biên tập xây dựng Đề án chính quyền đô thị thành phố Hải Phòng; "
                                + "Sở Nội vụ đề xuất lịch họp trong tháng 8/2023 (bài viết không nêu ngày họp)", KEY)
                .query(Long.class).single();
        participant(id, 1, "Lê Anh Quân", "Phó Chủ tịch Thường trực UBND thành phố, Tổ trưởng Tổ giúp việc Ban Chỉ đạo",
                city, null);
        participant(id, 2, "Bùi Đức Quang", "Phó Chủ tịch HĐND thành phố", council, null);
        participant(id, 3, null, null, null, "Các chuyên gia, nhà nghiên cứu của Trung ương, thành phố");
        String source = "Kết luận tại " + TITLE + " ngày 02/08/2023";
        List<Long> tasks = new ArrayList<>();
        tasks.add(task(id, city, source, "Tiếp thu đầy đủ ý kiến các đại biểu để bổ sung, hoàn thiện dự thảo Đề án, phù hợp thực tiễn "
                + "thành phố (thủ trưởng các sở, ngành, địa phương liên quan và thành viên Tổ giúp việc)", null,
                List.of(support), List.of()));
        tasks.add(task(id, city, source, "Rà soát, bổ sung các căn cứ pháp lý xây dựng cơ chế vận hành, chính sách, phân cấp, phân "
                + "quyền, ủy quyền thuộc từng ngành, lĩnh vực phụ trách khi tổ chức chính quyền đô thị; làm rõ hơn, chi tiết "
                + "hơn tác động của tổ chức chính quyền đô thị đối với các lĩnh vực: quản lý đầu tư, tài chính ngân sách, "
                + "quản lý đô thị, tài nguyên môi trường, xã hội…", null, List.of(support), List.of()));
        tasks.add(task(id, city, source, "Chủ động hoàn thiện báo cáo, đề xuất lịch họp và chuẩn bị tài liệu họp Ban Chỉ đạo, biên tập "
                + "xây dựng Đề án chính quyền đô thị thành phố Hải Phòng", LocalDate.of(2023, 8, 31), List.of(home),
                List.of(support)));
        Workshop loaded = workshops.find(id).orElseThrow();
        audit.recordAs(null, "demo", null, "WORKSHOP_CREATED", "workshop", id, loaded.title(), null, loaded);
        workshops.reindex(id, false);
        log.info("Demo data: the workshop of seed article 003 loaded");
        return id;
    }

    /**
     * The demo data is removed: its workshops (each audited as it was), with their participants, drafts (their files
     * once the removal commits), invitations and comments; the tasks of their conclusions are gone before.
     */
    @EventListener
    @Order(40)
    void on(DemoDataRemoval removal) {
        if (removal.workshops().isEmpty()) {
            return;
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(727004)").query(Integer.class).list();
        Long[] ids = removal.workshopIds();
        List<Long> comments = jdbc.sql("SELECT id FROM workshop_comments WHERE workshop_id = ANY (?)").param(ids)
                .query(Long.class).list();
        List<String> files = jdbc.sql("SELECT storage_name FROM workshop_drafts WHERE workshop_id = ANY (?)").param(ids)
                .query(String.class).list();
        for (long id : removal.workshops()) {
            workshops.find(id).ifPresent(before -> audit.record("WORKSHOP_REMOVED", "workshop", id, before.title(),
                    before, null));
        }
        int removed = jdbc.sql("DELETE FROM workshops WHERE id = ANY (?)").param(ids).update();
        index.refresh(SearchKind.WORKSHOP, removal.workshops());
        index.refresh(SearchKind.COMMENT, comments);
        drafts.deleteAfterCommit(files);
        removal.removed("demo.removed.workshops", removed);
        removal.removed("demo.removed.comments", comments.size());
        removal.linksGone("/workshops/", removal.workshops());
        log.info("Demo data removed: {} workshops", removed);
    }

    private void participant(long workshop, int position, @Nullable String name, @Nullable String title,
            @Nullable Long organization, @Nullable String description) {
        jdbc.sql("""
                        INSERT INTO workshop_participants (workshop_id, position, name, title, organization_id, description)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(workshop, position, name, title, organization, description)
                .update();
    }

    /** A task as the chair gave it; a deadline "within August 2023" is kept as a month. */
    private long task(long workshop, long owner, String source, String text, @Nullable LocalDate endOfMonth,
            List<Long> leads, List<Long> supporting) {
        return taskService.loadDemo(workshop, owner, source, text, endOfMonth, leads, supporting);
    }

    private long org(String name) {
        return organizations.findByName(name).map(Organization::id)
                .orElseThrow(() -> new IllegalStateException("seed organization missing: " + name));
    }
}
