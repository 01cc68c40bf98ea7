package vn.traodoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Action;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.DemoSeeds;
import vn.traodoi.delegation.DocumentForm;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberForm;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.StopForm;
import vn.traodoi.news.NewsSeeds;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.search.SearchResult.Count;
import vn.traodoi.search.SearchResult.Hit;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskForm;
import vn.traodoi.task.TaskService;
import vn.traodoi.workshop.WorkshopComments;
import vn.traodoi.workshop.WorkshopForm;
import vn.traodoi.workshop.Workshops;

/**
 * The search over the index: what every feature wrote is found with or without diacritics, seed 000's delegation among
 * the first three for both of its sides, nothing of an organization's records (not even a count) for another, the same
 * search as JSON, and a rebuild that brings back what the index lacks.
 */
@IntegrationTest
class KnowledgeSearchIntegrationTests {

    private static final AtomicInteger WORDS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DelegationService delegations;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopComments comments;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountService accounts;

    @Autowired
    PlaceLookup places;

    Document page(String path, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** A word no other test writes, so that counts can be exact in the shared database. */
    static String uniqueWord() {
        int n = WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder("tukhoa");
        for (char c : String.valueOf(System.nanoTime() % 1_000_000 * 100 + n).toCharArray()) {
            word.append((char) ('a' + (c - '0')));
        }
        return word.toString();
    }

    long delegation(CurrentUser organizer, String title, String purpose) {
        return delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, title, purpose,
                LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 4), false, null, 0)).id();
    }

    int version(long delegationId) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(delegationId).query(Integer.class).single();
    }

    @Nested
    class EveryKindOfRecord {

        @Test
        void isFoundWithoutDiacriticsAndOnlyByItsOrganization() throws Exception {
            long org = users.organization("Văn phòng thử tra cứu");
            CurrentUser me = users.user(org, Role.ORGANIZER, Role.APPROVER);
            CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
            long d = delegation(me, "Đoàn học tập mô hình chính quyền đô thị", "Thực hiện Kế hoạch số 196/KH-UBND");
            long lesson = jdbc.sql("""
                            INSERT INTO lessons (delegation_id, organization_id, topic, content) VALUES (?, ?, 'Tổ chức bộ máy',
                              'Không tổ chức Hội đồng nhân dân phường khi thực hiện chính quyền đô thị') RETURNING id""")
                    .params(d, org).query(Long.class).single();
            transactions.executeWithoutResult(s -> index.refresh(SearchKind.LESSON, lesson));
            long w = workshops.create(me, new WorkshopForm("Hội thảo góp ý đề án", "Đề án tổ chức chính quyền đô thị", null,
                    null, null, null, null, null, null, null, null, 0));
            comments.add(me, w, null, null, "Làm rõ thẩm quyền của chính quyền đô thị", "Đại biểu", null);
            tasks.create(me, new TaskForm("Hoàn thiện đề án chính quyền đô thị", List.of(org),
                    FollowUpTask.DeadlineKind.NONE, null, null, null, null, List.of(), null));

            Document found = page("/search?q=chinh+quyen+do+thi", me);
            for (String kind : new String[] {"LESSON", "DELEGATION", "WORKSHOP", "COMMENT", "TASK"}) {
                assertThat(found.select("#hits .hit-" + kind)).as(kind).isNotEmpty();
            }
            assertThat(found.select("#hits .hit-LESSON").text()).contains("Không tổ chức Hội đồng nhân dân phường");
            assertThat(found.select("#hits .hit-COMMENT").text()).contains("Đại biểu: Làm rõ thẩm quyền");
            assertThat(found.select("#hits .hit-DELEGATION mark").eachText()).as("the words, as written, are marked")
                    .contains("chính", "quyền", "đô", "thị");
            assertThat(found.getElementById("facet-kind-DELEGATION").text()).isEqualTo("Đoàn công tác");
            assertThat(page("/search?q=196/KH-UBND", stranger).select("#hit-DELEGATION-" + d)).isEmpty();
            assertThat(page("/search?q=196/KH-UBND", me).select("#hit-DELEGATION-" + d + " .hit-title").text())
                    .isEqualTo("Đoàn học tập mô hình chính quyền đô thị");

            Document theirs = page("/search?q=chinh+quyen+do+thi", stranger);
            for (String kind : new String[] {"LESSON", "WORKSHOP", "COMMENT", "TASK"}) {
                assertThat(theirs.select("#hits .hit-" + kind)).as(kind).isEmpty();
            }
            assertThat(theirs.select("#hit-DELEGATION-" + d)).isEmpty();
            assertThat(page("/search?q=", me).getElementById("search-none")).isNull();
            assertThat(page("/search?q=khongcogiphuhop", me).getElementById("search-none")).isNotNull();
            mvc.perform(get("/search").param("q", "x")).andExpect(status().is3xxRedirection());
        }

        @Test
        void aTitleIsShownAsTextAndOnlyTheQuerysWordsAreMarkup() throws Exception {
            CurrentUser me = users.user(users.organization("Sở thử thoát HTML"), Role.ORGANIZER);
            String word = uniqueWord();
            long d = delegation(me, "Đoàn <script>alert(1)</script> " + word, "<img src=x onerror=alert(2)> " + word);
            Document found = page("/search?q=" + word, me);
            assertThat(found.select("#hits script, #hits img")).isEmpty();
            assertThat(found.select("#hit-DELEGATION-" + d + " .hit-title").text())
                    .isEqualTo("Đoàn <script>alert(1)</script> " + word);
            assertThat(found.select("#hit-DELEGATION-" + d + " .hit-snippet").text())
                    .isEqualTo("<img src=x onerror=alert(2)> " + word);
            assertThat(found.select("#hit-DELEGATION-" + d + " mark").eachText()).containsOnly(word);
        }

        @Test
        void aMisspelledNameIsFoundAmongTheNamesWhenNoWordMatches() {
            CurrentUser me = users.user(users.organization("Sở thử tên gần đúng"), Role.ORGANIZER);
            String given = uniqueWord().substring(6);
            long d = delegation(me, "Đoàn thử tên gần đúng", null);
            delegations.addMember(me, d, new MemberForm(MemberRole.HEAD, null, "ông Trương Quang Nghĩa" + given + ", Giám đốc",
                    null, null, null, version(d)));
            SearchResult fuzzy = search.search(me, SearchQuery.of("Truong Quang Nghia" + given.substring(0, given.length() - 2)));
            assertThat(fuzzy.fuzzy()).isTrue();
            assertThat(fuzzy.hits()).extracting(Hit::kind, Hit::recordId).contains(tuple(SearchKind.DELEGATION, d));
        }
    }

    /** Seed article 000: Hà Nội's survey delegation to Hồ Chí Minh City, and the article the city published on it. */
    @Nested
    class Seed000 {

        long seed;
        CurrentUser hanoi;
        CurrentUser hcm;
        CurrentUser tuyenQuang;

        @BeforeEach
        void seeds() {
            seed = DemoSeeds.delegation(context, "seed-000");
            NewsSeeds.seed000Article(context);
            hanoi = accounts.loadUserByUsername("demo.hanoi");
            hcm = accounts.loadUserByUsername("demo.ubnd.hcm");
            tuyenQuang = accounts.loadUserByUsername("demo.tuyenquang");
        }

        @ParameterizedTest
        @ValueSource(strings = {"196/KH-UBND", "196 KH UBND", "Võ Văn Hoan", "vo van hoan", "Thu Duc",
                "chinh quyen do thi", "thu hut nguon nhan luc chat luong cao"})
        void isAmongTheFirstThreeForBothSidesAndNowhereForAnotherProvince(String q) {
            for (CurrentUser side : List.of(hanoi, hcm)) {
                List<Hit> first = search.search(side, SearchQuery.of(q)).hits().stream().limit(3).toList();
                assertThat(first).as("%s as %s", q, side.organizationName()).extracting(Hit::kind, Hit::recordId)
                        .contains(tuple(SearchKind.DELEGATION, seed));
            }
            SearchResult theirs = search.search(tuyenQuang, SearchQuery.of(q));
            for (int page = 1; page <= theirs.pages(); page++) {
                List<Hit> hits = search.search(tuyenQuang, new SearchQuery(q, null, null, null, null, null,
                        SearchQuery.Sort.RELEVANCE, page)).hits();
                assertThat(hits).as(q).noneMatch(h -> h.link().startsWith("/delegations/" + seed));
            }
        }

        @Test
        void theDocumentSymbolPartsAndADateFindItAndTheSymbolIsMarkedWhole() {
            Hit hit = search.search(hanoi, SearchQuery.of("196/KH-UBND")).hits().stream()
                    .filter(h -> h.kind() == SearchKind.DELEGATION && h.recordId() == seed).findFirst().orElseThrow();
            assertThat(hit.snippetHtml()).contains("<mark>196/KH-UBND</mark>");
            assertThat(hit.link()).isEqualTo("/delegations/" + seed);
            assertThat(search.search(hanoi, SearchQuery.of("196")).hits()).extracting(Hit::recordId).contains(seed);
            assertThat(search.search(hanoi, SearchQuery.of("196/KH")).hits()).extracting(Hit::recordId).contains(seed);
        }

        @Test
        void theProvincesAreFacetsAsTheyWereAndAsTheyAre() {
            SearchResult result = search.search(hanoi, SearchQuery.of("196/KH-UBND"));
            long quangNam = places.unit("old63", "49").id();
            long daNangNow = places.unitsAt(List.of(places.unit(quangNam)), LocalDate.of(2026, 1, 1)).get(quangNam).id();
            assertThat(result.facets().units()).extracting(Count::label).contains("Tỉnh Quảng Nam", "Thành phố Đà Nẵng");
            assertThat(result.facets().unitsNow()).extracting(Count::value).contains(String.valueOf(daNangNow))
                    .doesNotContain(String.valueOf(quangNam));
            SearchResult inQuangNam = search.search(hanoi, new SearchQuery("196/KH-UBND", null, null, quangNam, null, null,
                    SearchQuery.Sort.RELEVANCE, 1));
            assertThat(inQuangNam.hits()).extracting(Hit::recordId).contains(seed);
            SearchResult inDaNangToday = search.search(hanoi, new SearchQuery("196/KH-UBND", null, null, null, daNangNow,
                    null, SearchQuery.Sort.RELEVANCE, 1));
            assertThat(inDaNangToday.hits()).extracting(Hit::recordId).contains(seed);
            assertThat(search.search(hanoi, SearchQuery.of("Quang Nam")).hits()).extracting(Hit::recordId).contains(seed);
        }

        @Test
        void theOtherSideOfAPublishedArticleFollowsItsPortalLink() {
            SearchResult asHanoi = search.search(hanoi, new SearchQuery("196/KH-UBND", SearchKind.ARTICLE, null, null, null,
                    null, SearchQuery.Sort.RELEVANCE, 1));
            assertThat(asHanoi.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.link()).startsWith("/tin/ubnd-tp-hcm/"));
            SearchResult asHcm = search.search(hcm, new SearchQuery("196/KH-UBND", SearchKind.ARTICLE, null, null, null,
                    null, SearchQuery.Sort.RELEVANCE, 1));
            assertThat(asHcm.hits()).isNotEmpty().anySatisfy(h -> assertThat(h.link()).startsWith("/news/"));
        }
    }

    @Nested
    class Authorization {

        CurrentUser owner;
        CurrentUser other;
        String word;
        long d;

        @BeforeEach
        void aDelegationWithAUniqueWord() {
            owner = users.user(users.organization("Sở có hồ sơ riêng"), Role.ORGANIZER, Role.EDITOR);
            other = users.user(users.organization("Sở không liên quan"), Role.ORGANIZER, Role.EDITOR);
            word = uniqueWord();
            d = delegation(owner, "Đoàn khảo sát " + word, "Kế hoạch về " + word);
            delegations.addStop(owner, d, new StopForm(null, places.unit("old63", "74").id(), null, null, version(d)));
        }

        @Test
        void aForeignOrganizationFindsNothingAndCountsNothing() throws Exception {
            SearchResult theirs = search.search(other, SearchQuery.of(word));
            assertThat(theirs.total()).isZero();
            assertThat(theirs.hits()).isEmpty();
            SearchResult.Facets none = theirs.facets();
            assertThat(List.of(none.kinds(), none.years(), none.units(), none.unitsNow(), none.organizations()))
                    .allSatisfy(f -> assertThat(f).isEmpty());
            assertThat(search.search(other, new SearchQuery(null, null, null, null, null, owner.orgId(),
                    SearchQuery.Sort.DATE, 1)).total()).as("browsing the owner's records").isZero();
            Document page = page("/search?q=" + word, other);
            assertThat(page.getElementById("search-none")).isNotNull();
            assertThat(page.getElementById("facets")).isNull();
            mvc.perform(get("/api/v1/search").param("q", word).with(user(other))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.facets.kinds").isEmpty());
        }

        @Test
        void theOwnersCountsAreExactAndEachFacetNarrowsToWhatItCounts() {
            SearchResult mine = search.search(owner, SearchQuery.of(word));
            assertThat(mine.total()).isEqualTo(1);
            assertThat(mine.facets().kinds()).extracting(Count::value, Count::count)
                    .containsExactly(tuple("DELEGATION", 1L));
            assertThat(mine.facets().years()).extracting(Count::value, Count::count)
                    .containsExactly(tuple("2024", 1L));
            assertThat(mine.facets().units()).extracting(Count::label).containsExactly("Tỉnh Bình Dương");
            assertThat(mine.facets().unitsNow()).extracting(Count::label).containsExactly("Thành phố Hồ Chí Minh");
            assertThat(mine.facets().organizations()).extracting(Count::value)
                    .containsExactly(String.valueOf(owner.orgId()));
            assertThat(search.search(owner, new SearchQuery(word, SearchKind.TASK, null, null, null, null,
                    SearchQuery.Sort.RELEVANCE, 1)).total()).isZero();
            SearchResult in2024 = search.search(owner, new SearchQuery(word, null, 2024, null, null, null,
                    SearchQuery.Sort.DATE, 1));
            assertThat(in2024.hits()).extracting(Hit::recordId).containsExactly(d);
            assertThat(in2024.facets().years().getFirst().selected()).isTrue();
        }

        @Test
        void theHostSeesTheDelegationOnlyOnceItWasSentToIt() {
            long host = users.organization("Sở tiếp đoàn thử");
            CurrentUser hostUser = users.user(host, Role.ORGANIZER);
            long sent = delegation(owner, "Đoàn gửi đơn vị tiếp đón " + word, null);
            delegations.addStop(owner, sent, new StopForm(host, places.unit("old63", "79").id(), null, null, version(sent)));
            assertThat(search.search(hostUser, SearchQuery.of(word)).total()).isZero();
            delegations.transition(owner, sent, Action.SUBMIT, null, version(sent));
            CurrentUser approver = users.user(owner.orgId(), Role.APPROVER);
            delegations.transition(approver, sent, Action.APPROVE, null, version(sent));
            delegations.transition(owner, sent, Action.REQUEST_HOSTS, null, version(sent));
            assertThat(search.search(hostUser, SearchQuery.of(word)).hits()).extracting(Hit::recordId)
                    .containsExactly(sent);
        }

        @Test
        void aDocumentOfTheDelegationIsFoundByItsSymbolAfterItWasAdded() {
            String symbol = "77/KH-" + word.toUpperCase(Locale.ROOT);
            delegations.addDocument(owner, d, new DocumentForm(DocumentType.KE_HOACH, symbol, null, null, null, null,
                    "về khảo sát", version(d)));
            assertThat(search.search(owner, SearchQuery.of(symbol)).hits()).extracting(Hit::recordId).containsExactly(d);
            assertThat(search.search(owner, SearchQuery.of("77 KH " + word)).hits()).extracting(Hit::recordId)
                    .containsExactly(d);
            assertThat(search.search(other, SearchQuery.of(symbol)).total()).isZero();
        }
    }

    @Nested
    class Api {

        @Test
        void answersTheSameSearchAsJson() throws Exception {
            long seed = DemoSeeds.delegation(context, "seed-000");
            CurrentUser hanoi = accounts.loadUserByUsername("demo.hanoi");
            mvc.perform(get("/api/v1/search").param("q", "196/KH-UBND").with(user(hanoi)))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.hits[?(@.kind == 'DELEGATION')].recordId",
                            Matchers.hasItem(Matchers.equalTo((int) seed))))
                    .andExpect(jsonPath("$.hits[0].snippetHtml").isString())
                    .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)))
                    .andExpect(jsonPath("$.facets.kinds[?(@.value == 'DELEGATION')].label").value(Matchers.hasItem("Đoàn công tác")))
                    .andExpect(jsonPath("$.page").value(1));
        }

        @Test
        void refusesBadInputAsProblemJson() throws Exception {
            CurrentUser me = users.user(users.organization("Sở thử API tra cứu"), Role.MEMBER);
            mvc.perform(get("/api/v1/search").param("q", "a".repeat(201)).with(user(me)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("q"))
                    .andExpect(jsonPath("$.errors[0].message").value("Nội dung tìm kiếm dài quá 200 ký tự."));
            mvc.perform(get("/api/v1/search").param("q", "x").param("page", "0").with(user(me)))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("page"));
            mvc.perform(get("/api/v1/search").param("q", "x").param("kind", "NOPE").with(user(me)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/search").param("q", "x")).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void thePageShowsATooLongQueryBesideItsField() throws Exception {
            CurrentUser me = users.user(users.organization("Sở thử trang tra cứu"), Role.MEMBER);
            Document page = page("/search?q=" + "a".repeat(201), me);
            assertThat(page.getElementById("search-problem").text()).isEqualTo("Nội dung tìm kiếm dài quá 200 ký tự.");
        }
    }

    @Nested
    class Rebuild {

        @Test
        void anAdministratorRebuildsTheIndexFromEveryFeature() throws Exception {
            CurrentUser me = users.user(users.organization("Sở thử dựng lại chỉ mục"), Role.ORGANIZER);
            String word = uniqueWord();
            long unindexed = jdbc.sql("""
                            INSERT INTO delegations (kind, title, organizer_id) VALUES ('STUDY', ?, ?) RETURNING id""")
                    .params("Đoàn chưa có trong chỉ mục " + word, me.orgId()).query(Long.class).single();
            long gone = delegation(me, "Đoàn sẽ bị xóa " + word, null);
            jdbc.sql("DELETE FROM delegations WHERE id = ?").param(gone).update();
            assertThat(search.search(me, SearchQuery.of(word)).hits()).extracting(Hit::recordId).containsExactly(gone);

            mvc.perform(post("/admin/search/rebuild").with(user(me)).with(csrf())).andExpect(status().isForbidden());
            CurrentUser admin = users.admin();
            mvc.perform(post("/admin/search/rebuild").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (jdbc.sql("SELECT rebuild_requested_at IS NOT NULL FROM search_index_state").query(Boolean.class).single()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(search.search(me, SearchQuery.of(word)).hits()).extracting(Hit::recordId).containsExactly(unindexed);
            Document state = page("/admin/search", admin);
            assertThat(state.getElementById("documents-DELEGATION").text()).doesNotEndWith(" 0");
            assertThat(state.getElementById("rebuilt-at").text()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'SEARCH_INDEX_REBUILD_REQUESTED'")
                    .query(Long.class).single()).isPositive();
        }
    }
}
