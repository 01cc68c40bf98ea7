package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.PersonMention;

/**
 * The draft an article proposes and what confirming it makes, from facts written by hand on invented articles (what
 * the text library is to find in them), so that these tests say what the import does with each fact.
 */
@IntegrationTest
class ImportProposalIntegrationTests {

    static final String VISIT = "Ngày 05/9/2024, UBND tỉnh Quảng Bình tiếp Đoàn công tác của UBND tỉnh Lai Châu do ông "
            + "Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh Lai Châu làm Trưởng đoàn; bà Lò Thị Mai, Giám đốc Sở Nội vụ tỉnh Lai "
            + "Châu làm Phó Trưởng đoàn. Đoàn gồm 15 thành viên. Ông Trần Quốc Việt, Chánh Văn phòng UBND tỉnh Lai Châu cùng "
            + "đi. Tại buổi làm việc, hai bên trao đổi về cải cách thủ tục hành chính; chuyển đổi số trong cơ quan nhà nước. "
            + "Đoàn đã tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Bình. Ông Phạm Hữu Đức, Phó Chủ tịch UBND tỉnh "
            + "Quảng Bình giao Sở Nội vụ chủ trì tổng hợp kinh nghiệm trước ngày 31/10/2024.";

    @Autowired
    ImportService imports;

    @Autowired
    DelegationService delegations;

    @Autowired
    TaskService tasks;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long quangBinh;
    long laiChau;
    long snvQuangBinh;
    CurrentUser host;

    @BeforeEach
    void directory() {
        quangBinh = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Quảng Bình", "UBND", "44");
        laiChau = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Lai Châu", "UBND", "12");
        snvQuangBinh = ImportFixtures.organization(jdbc, "Sở Nội vụ tỉnh Quảng Bình", "SO", "44");
        host = users.user(quangBinh, Role.ORGANIZER);
    }

    long unit(String set, String gso) {
        return jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = ? AND gso_code = ?").params(set, gso)
                .query(Long.class).single();
    }

    /** An import of the user's organization to confirm (its text only identifies it; the facts are given by hand). */
    long stored(CurrentUser as, String text) {
        return imports.submit(as, text + "\n(" + System.nanoTime() + ")", null).articleImport().id();
    }

    static ImportFixtures.Facts visit() {
        ImportFixtures.Facts f = new ImportFixtures.Facts(VISIT);
        f.event = EventKind.INCOMING_DELEGATION;
        f.headline = "Quảng Bình tiếp Đoàn công tác tỉnh Lai Châu";
        return f.eventDay("05/9/2024", LocalDate.of(2024, 9, 5), LocalDate.of(2024, 9, 5), false)
                .from("UBND tỉnh Lai Châu").host("UBND tỉnh Quảng Bình")
                .head("Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh Lai Châu", "Hoàng Văn Nam", "Phó Chủ tịch UBND tỉnh Lai Châu")
                .deputy("Lò Thị Mai, Giám đốc Sở Nội vụ tỉnh Lai Châu", "Lò Thị Mai", "Giám đốc Sở Nội vụ tỉnh Lai Châu")
                .person("Trần Quốc Việt", "Trần Quốc Việt", "Chánh Văn phòng UBND tỉnh Lai Châu", PersonMention.Side.GUEST)
                .person("Phạm Hữu Đức", "Phạm Hữu Đức", "Phó Chủ tịch UBND tỉnh Quảng Bình", PersonMention.Side.HOST)
                .count("15 thành viên", 15)
                .topic("cải cách thủ tục hành chính").topic("chuyển đổi số trong cơ quan nhà nước")
                .site("Trung tâm Phục vụ hành chính công tỉnh Quảng Bình")
                .task("giao Sở Nội vụ chủ trì tổng hợp kinh nghiệm trước ngày 31/10/2024", "Sở Nội vụ",
                        "chủ trì tổng hợp kinh nghiệm", new DateMention.Days(LocalDate.of(2024, 10, 31),
                                LocalDate.of(2024, 10, 31), false), "trước ngày 31/10/2024");
    }

    @Nested
    class TheProposal {

        @Test
        void namesTheSenderTheHostsTheHeadAndDeputiesTheMembersTheSessionsAndTheTasks() {
            Draft d = imports.propose(host, visit().record(), LocalDate.of(2024, 9, 6));

            assertThat(d.organizerId()).as("the sender, matched by name with UBND written out").isEqualTo(laiChau);
            assertThat(d.organizerWritten()).isEqualTo("UBND tỉnh Lai Châu");
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2024, 9, 5));
            assertThat(d.endDate()).isEqualTo(LocalDate.of(2024, 9, 5));
            assertThat(d.declaredMemberCount()).isEqualTo(15);
            assertThat(d.stops()).singleElement().satisfies(s -> {
                assertThat(s.hostOrganizationId()).isEqualTo(quangBinh);
                assertThat(s.unitId()).isEqualTo(unit("old63", "44"));
                assertThat(s.unitName()).isEqualTo("Tỉnh Quảng Bình");
                assertThat(s.hostWritten()).isEqualTo("UBND tỉnh Quảng Bình");
            });
            assertThat(d.members()).extracting(Draft.Member::name, Draft.Member::title, Draft.Member::role).containsExactly(
                    Tuple.tuple("Hoàng Văn Nam", "Phó Chủ tịch UBND tỉnh Lai Châu", MemberRole.HEAD),
                    Tuple.tuple("Lò Thị Mai", "Giám đốc Sở Nội vụ tỉnh Lai Châu", MemberRole.DEPUTY_HEAD),
                    Tuple.tuple("Trần Quốc Việt", "Chánh Văn phòng UBND tỉnh Lai Châu", MemberRole.MEMBER),
                    Tuple.tuple("Phạm Hữu Đức", "Phó Chủ tịch UBND tỉnh Quảng Bình", null));
            assertThat(d.sessions()).hasSize(2);
            assertThat(d.sessions().getFirst()).satisfies(s -> {
                assertThat(s.kind()).isEqualTo(SessionKind.WORKING_SESSION);
                assertThat(s.date()).isEqualTo(LocalDate.of(2024, 9, 5));
                assertThat(s.topics()).containsExactly("cải cách thủ tục hành chính", "chuyển đổi số trong cơ quan nhà nước");
            });
            assertThat(d.sessions().get(1)).satisfies(s -> {
                assertThat(s.kind()).isEqualTo(SessionKind.FIELD_VISIT);
                assertThat(s.place()).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Quảng Bình");
            });
            assertThat(d.tasks()).singleElement().satisfies(t -> {
                assertThat(t.assigneeId()).as("Sở Nội vụ of the importer's province").isEqualTo(snvQuangBinh);
                assertThat(t.task()).isEqualTo("Chủ trì tổng hợp kinh nghiệm");
                assertThat(t.deadlineKind()).isEqualTo(FollowUpTask.DeadlineKind.DAY);
                assertThat(t.deadline()).isEqualTo("31/10/2024");
                assertThat(t.deadlineWritten()).isEqualTo("trước ngày 31/10/2024");
            });
            assertThat(d.yearNote()).as("the year is written").isNull();
        }

        @Test
        void leavesEmptyWhatTheArticleDoesNotSay() {
            ImportFixtures.Facts f = new ImportFixtures.Facts("UBND tỉnh Quảng Bình tiếp một đoàn công tác.");
            f.event = EventKind.INCOMING_DELEGATION;
            Draft d = imports.propose(host, f.record(), LocalDate.of(2024, 9, 6));
            assertThat(d.organizerId()).isNull();
            assertThat(d.startDate()).isNull();
            assertThat(d.declaredMemberCount()).isNull();
            assertThat(d.members()).isEmpty();
            assertThat(d.documents()).isEmpty();
            assertThat(d.tasks()).isEmpty();
            assertThat(d.stops()).as("only the importer's own stop").singleElement()
                    .satisfies(s -> assertThat(s.hostOrganizationId()).isEqualTo(quangBinh));
        }

        @Test
        void matchesHostsToTheDirectoryAndToTheirProvinceAsItWasOnTheEventsDays() {
            long hanoi = ImportFixtures.organization(jdbc, "Ủy ban nhân dân thành phố Hà Nội");
            CurrentUser visitor = users.user(hanoi, Role.ORGANIZER);
            String text = "Đoàn công tác thành phố Hà Nội làm việc với UBND tỉnh Thừa Thiên Huế và Sở Du lịch tỉnh Thừa "
                    + "Thiên Huế, với UBND TP.HCM, với HĐND TP.HCM và với Uy ban nhan dan tinh Binh Duong.";
            ImportFixtures.Facts f = new ImportFixtures.Facts(text);
            f.event = EventKind.OUTGOING_DELEGATION;
            f.headline = "Đoàn công tác thành phố Hà Nội làm việc tại Thừa Thiên Huế, Thành phố Hồ Chí Minh và Bình Dương";
            f.eventDay("Đoàn công tác", LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 12), false)
                    .host("UBND tỉnh Thừa Thiên Huế").host("Sở Du lịch tỉnh Thừa Thiên Huế").host("UBND TP.HCM")
                    .host("HĐND TP.HCM").host("Uy ban nhan dan tinh Binh Duong");
            Draft d = imports.propose(visitor, f.record(), LocalDate.of(2022, 6, 1));

            assertThat(d.organizerId()).as("a visit made: the importer organizes it").isEqualTo(hanoi);
            assertThat(d.stops()).extracting(Draft.Stop::hostOrganizationId).containsExactly(
                    ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Thừa Thiên Huế"), null,
                    ImportFixtures.organization(jdbc, "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
                    ImportFixtures.organization(jdbc, "Hội đồng nhân dân Thành phố Hồ Chí Minh"),
                    ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Bình Dương"));
            assertThat(d.stops()).extracting(Draft.Stop::unitName).containsExactly("Tỉnh Thừa Thiên Huế",
                    "Tỉnh Thừa Thiên Huế", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Tỉnh Bình Dương");
            assertThat(d.stops().get(1).unitId()).as("a host not on record keeps its province").isEqualTo(unit("old63", "46"));

            ImportFixtures.Facts later = new ImportFixtures.Facts("Đoàn công tác làm việc với UBND tỉnh Bình Dương.");
            later.event = EventKind.OUTGOING_DELEGATION;
            later.eventDay("Đoàn công tác", LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 10), false)
                    .host("UBND tỉnh Bình Dương");
            Draft after = imports.propose(visitor, later.record(), LocalDate.of(2025, 9, 11));
            assertThat(after.stops()).singleElement().satisfies(s -> {
                assertThat(s.hostOrganizationId()).as("Bình Dương's committee ended with the 2025 merger").isNull();
                assertThat(s.unitName()).isEqualTo("Thành phố Hồ Chí Minh");
                assertThat(s.unitId()).isEqualTo(unit("new34", "79"));
            });

            long id = delegations.get(visitor, imports.confirm(visitor, stored(visitor, text), d)).id();
            Delegation made = delegations.get(visitor, id);
            assertThat(made.stops()).extracting(Delegation.Stop::unitId).containsExactly(unit("old63", "46"),
                    unit("old63", "46"), unit("old63", "79"), unit("old63", "79"), unit("old63", "74"));
            assertThat(made.sentToHosts()).as("a visit the importer made stays its draft").isFalse();
        }

        @Test
        void flagsAndExplainsAYearTheArticleDidNotWrite() {
            String text = "Trong hai ngày 10 và 11-10, đoàn công tác làm việc tại tỉnh Bình Dương, trao đổi về Nghị quyết "
                    + "số 136/2024/QH15 ngày 26-6-2024 của Quốc hội.";
            ImportFixtures.Facts f = new ImportFixtures.Facts(text);
            f.event = EventKind.OUTGOING_DELEGATION;
            f.eventDay("10 và 11-10", LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 11), true)
                    .document("Nghị quyết số 136/2024/QH15 ngày 26-6-2024 của Quốc hội", "Nghị quyết", "136/2024/QH15",
                            LocalDate.of(2024, 6, 26), "Quốc hội", false);
            Draft fromDocument = imports.propose(host, f.record(), LocalDate.of(2025, 3, 1));
            assertThat(fromDocument.yearNote()).isEqualTo(new Draft.YearNote(2024, Draft.YearNote.Source.DOCUMENT,
                    "Nghị quyết số 136/2024/QH15 ngày 26/06/2024"));

            f.publishedOn = LocalDate.of(2024, 10, 12);
            assertThat(imports.propose(host, f.record(), LocalDate.of(2025, 3, 1)).yearNote())
                    .isEqualTo(new Draft.YearNote(2024, Draft.YearNote.Source.PUBLISHED, "12/10/2024"));
        }
    }

    @Nested
    class LegalBasesAndCitedDocuments {

        static final String TEXT = "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2024 của UBND tỉnh Quảng Bình, đoàn công tác "
                + "làm việc tại tỉnh Lai Châu ngày 05/3/2024. Hai bên trao đổi về Nghị quyết số 98/2023/QH15 ngày "
                + "24/6/2023 của Quốc hội về thí điểm một số cơ chế; Công văn số 77/BCĐ ngày 10/01/2024 của Ban Chỉ đạo "
                + "cải cách hành chính tỉnh về lịch làm việc; Thông báo số 5/TB-UBND của Ủy ban nhân dân tỉnh Lai Châu.";

        @Test
        void onlyADocumentTheTextNamesAsTheGroundIsALegalBasisAndAnIssuerIsWholeOrNone() throws Exception {
            ImportFixtures.Facts f = new ImportFixtures.Facts(TEXT);
            f.event = EventKind.OUTGOING_DELEGATION;
            f.headline = "Đoàn công tác tỉnh Quảng Bình làm việc tại tỉnh Lai Châu";
            f.eventDay("05/3/2024", LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5), false)
                    .document("Kế hoạch số 12/KH-UBND ngày 02/01/2024 của UBND tỉnh Quảng Bình", "Kế hoạch", "12/KH-UBND",
                            LocalDate.of(2024, 1, 2), "UBND tỉnh Quảng Bình", true)
                    .document("Nghị quyết số 98/2023/QH15 ngày 24/6/2023 của Quốc hội", "Nghị quyết", "98/2023/QH15",
                            LocalDate.of(2023, 6, 24), "Quốc", false)
                    .document("Công văn số 77/BCĐ ngày 10/01/2024 của Ban Chỉ đạo cải cách hành chính tỉnh", "Công văn",
                            "77/BCĐ", LocalDate.of(2024, 1, 10), "Ban Chỉ đạo cải cách hành chính tỉnh", false)
                    .document("Thông báo số 5/TB-UBND của Ủy ban nhân dân tỉnh Lai Châu", "Thông báo", "5/TB-UBND", null,
                            "Ủy ban nhân dân", false)
                    .host("tỉnh Lai Châu");
            Draft d = imports.propose(host, f.record(), LocalDate.of(2024, 3, 6));
            assertThat(d.documents()).extracting(Draft.Document::numberSymbol, Draft.Document::legalBasis,
                    Draft.Document::issuer).containsExactly(
                    Tuple.tuple("12/KH-UBND", true, "Ủy ban nhân dân tỉnh Quảng Bình"),
                    Tuple.tuple("98/2023/QH15", false, null),
                    Tuple.tuple("77/BCĐ", false, "Ban Chỉ đạo cải cách hành chính tỉnh"),
                    Tuple.tuple("5/TB-UBND", false, null));
            assertThat(d.stops()).singleElement().satisfies(s -> assertThat(s.hostOrganizationId())
                    .as("a province named alone stands for its People's Committee").isEqualTo(laiChau));

            long id = imports.confirm(host, stored(host, TEXT), d);
            assertThat(jdbc.sql("""
                            SELECT string_agg(number_symbol || ':' || legal_basis || ':' || coalesce(issuer_text, '-'), ';'
                                              ORDER BY position)
                            FROM delegation_documents WHERE delegation_id = ?""").param(id).query(String.class).single())
                    .isEqualTo("12/KH-UBND:true:-;98/2023/QH15:false:-;77/BCĐ:false:Ban Chỉ đạo cải cách hành chính tỉnh;"
                            + "5/TB-UBND:false:-");
            String general = Jsoup.parse(mvc.perform(get("/delegations/{id}", id).with(user(host))).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8)).select(".article-summary").text();
            assertThat(general).contains("Căn cứ Kế hoạch số 12/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh Quảng Bình.")
                    .contains("Văn bản liên quan: Nghị quyết số 98/2023/QH15 ngày 24/06/2023;")
                    .doesNotContain("Căn cứ Nghị quyết").doesNotContain("của Quốc.").doesNotContain("của Ủy ban nhân dân.");
        }
    }

    @Nested
    class Confirming {

        @Test
        void makesTheVisitorsDelegationWithTheImportersStopTheMembersSessionsAndTasks() {
            long importId = stored(host, VISIT);
            Draft d = imports.propose(host, visit().record(), LocalDate.of(2024, 9, 6));
            long id = imports.confirm(host, importId, d);

            Delegation made = delegations.get(host, id);
            assertThat(made.organizerId()).isEqualTo(laiChau);
            assertThat(made.declaredMemberCount()).isEqualTo(15);
            assertThat(made.sentToHosts()).as("the host sees what it imported").isTrue();
            assertThat(made.stops()).singleElement().satisfies(s -> {
                assertThat(s.hostOrganizationId()).isEqualTo(quangBinh);
                assertThat(s.unitId()).isEqualTo(unit("old63", "44"));
                assertThat(s.sessions()).extracting(Delegation.Session::kind, Delegation.Session::placeText).containsExactly(
                        Tuple.tuple(SessionKind.WORKING_SESSION, null),
                        Tuple.tuple(SessionKind.FIELD_VISIT, "Trung tâm Phục vụ hành chính công tỉnh Quảng Bình"));
                assertThat(s.sessions().getFirst().topics()).containsExactly("cải cách thủ tục hành chính",
                        "chuyển đổi số trong cơ quan nhà nước");
                assertThat(s.sessions().getFirst().side()).isEqualTo(Delegation.Side.HOST);
            });
            assertThat(jdbc.sql("""
                            SELECT string_agg(m.role || ':' || p.full_name || ':' || m.title_text, ';' ORDER BY m.position)
                            FROM delegation_members m JOIN persons p ON p.id = m.person_id WHERE m.delegation_id = ?""")
                    .param(id).query(String.class).single()).isEqualTo("HEAD:Hoàng Văn Nam:Phó Chủ tịch UBND tỉnh Lai Châu;"
                    + "DEPUTY_HEAD:Lò Thị Mai:Giám đốc Sở Nội vụ tỉnh Lai Châu;"
                    + "MEMBER:Trần Quốc Việt:Chánh Văn phòng UBND tỉnh Lai Châu");
            assertThat(tasks.mine(host, "ALL", id)).singleElement().satisfies(t -> {
                assertThat(t.task()).isEqualTo("Chủ trì tổng hợp kinh nghiệm");
                assertThat(t.assigneeIds()).containsExactly(snvQuangBinh);
                assertThat(t.deadlineDate()).isEqualTo(LocalDate.of(2024, 10, 31));
            });
            assertThat(imports.get(host, importId).delegationId()).isEqualTo(id);
            assertThat(jdbc.sql("SELECT action FROM audit_events WHERE entity_type = 'article_import' AND entity_id = ? "
                    + "ORDER BY id").param(String.valueOf(importId)).query(String.class).list())
                    .containsExactly("ARTICLE_IMPORTED", "ARTICLE_IMPORT_CONFIRMED");

            assertThatThrownBy(() -> imports.confirm(host, importId, d)).isInstanceOf(StateConflictException.class);
            CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
            assertThatThrownBy(() -> imports.confirm(stranger, importId, d)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void twoConfirmationsAtOnceMakeOneDelegation() throws Exception {
            long importId = stored(host, VISIT);
            Draft d = imports.propose(host, visit().record(), LocalDate.of(2024, 9, 6));
            long before = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Long>> results = new ArrayList<>();
                Callable<Long> confirm = () -> {
                    start.await();
                    return imports.confirm(host, importId, d);
                };
                results.add(pool.submit(confirm));
                results.add(pool.submit(confirm));
                start.countDown();
                int made = 0;
                int refused = 0;
                for (Future<Long> r : results) {
                    try {
                        r.get();
                        made++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(StateConflictException.class);
                        refused++;
                    }
                }
                assertThat(made).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).isEqualTo(before + 1);
        }

        @Test
        void aDraftWithProblemsMakesNothingAndNamesEachField() {
            long importId = stored(host, VISIT);
            Draft p = imports.propose(host, visit().record(), LocalDate.of(2024, 9, 6));
            Draft bad = new Draft(p.kind(), p.title(), p.startDate(), p.endDate(), false, 0, null, null, null, p.stops(),
                    p.members(), p.documents(), p.topics(),
                    List.of(new Draft.Session(0, SessionKind.FIELD_VISIT, LocalDate.of(2024, 12, 1), null, "x", null,
                            List.of()), new Draft.Session(5, SessionKind.FIELD_VISIT, null, null, "y", null, List.of())),
                    List.of(new Draft.Task("Báo cáo", "Sở Nội vụ", null, FollowUpTask.DeadlineKind.DAY, "31/10/2024", null)));
            long before = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
            assertThatThrownBy(() -> imports.confirm(host, importId, bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.FieldProblem::field)
                            .containsExactlyInAnyOrder("organizerId", "declaredMemberCount", "sessions[1].stop",
                                    "tasks[0].assigneeId"));
            Draft lateSession = new Draft(p.kind(), p.title(), p.startDate(), p.endDate(), false, p.declaredMemberCount(),
                    p.organizerId(), null, null, p.stops(), p.members(), p.documents(), p.topics(),
                    List.of(new Draft.Session(0, SessionKind.FIELD_VISIT, LocalDate.of(2024, 12, 1), null, "x", null,
                            List.of())), List.of());
            assertThatThrownBy(() -> imports.confirm(host, importId, lateSession))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("sessions[0].date"));
            Draft pastDeadline = new Draft(p.kind(), p.title(), p.startDate(), p.endDate(), false, p.declaredMemberCount(),
                    p.organizerId(), null, null, p.stops(), p.members(), p.documents(), p.topics(), p.sessions(),
                    List.of(new Draft.Task("Báo cáo", "Sở Nội vụ", snvQuangBinh, FollowUpTask.DeadlineKind.DAY,
                            "01/01/2024", null)));
            assertThatThrownBy(() -> imports.confirm(host, importId, pastDeadline))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("tasks[0].deadline"));
            assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).isEqualTo(before);
            assertThat(imports.get(host, importId).delegationId()).isNull();
        }
    }
}
