package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.people.People;
import vn.traodoi.place.PlaceLookup;

/** The seed articles' delegations, loaded by the demo switch, carry exactly what the articles state. */
@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    DemoData demo;

    @Autowired
    Delegations delegations;

    @Autowired
    People people;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void load() {
        transactions.executeWithoutResult(s -> demo.load());
    }

    Delegation seed(String key) {
        return delegations.find(delegations.delegationOfDemoKey(key).orElseThrow()).orElseThrow();
    }

    String person(Long id) {
        return people.get(id).fullName();
    }

    @Test
    void loadsEachSeedDelegationOnce() {
        Integer again = transactions.execute(s -> demo.load());
        assertThat(again).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM delegations WHERE demo_key LIKE 'seed-%'").query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void seed000IsTheHanoiSurveyWithItsAfternoonSessionAndSevenHostOrganizations() {
        Delegation d = seed("seed-000");
        assertThat(d.kind()).isEqualTo(DelegationKind.SURVEY);
        assertThat(d.startDate()).isEqualTo(LocalDate.of(2022, 8, 9));
        assertThat(d.endDate()).as("the plan's end is not stated").isNull();
        assertThat(d.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.numberSymbol()).isEqualTo("196/KH-UBND");
            assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2022, 7, 12));
        });
        assertThat(d.stops()).hasSize(3);
        Delegation.Stop hcm = d.stops().getFirst();
        assertThat(hcm.startDate()).isEqualTo(LocalDate.of(2022, 8, 9));
        assertThat(hcm.endDate()).isEqualTo(LocalDate.of(2022, 8, 10));
        assertThat(d.stops().get(1).startDate()).isNull();
        assertThat(d.membersWithRole(MemberRole.HEAD)).singleElement()
                .satisfies(m -> assertThat(person(m.personId())).isEqualTo("Lê Hồng Sơn"));
        Delegation.Session afternoon = hcm.sessions().get(1);
        assertThat(afternoon.partOfDay()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(person(afternoon.chairPersonId())).isEqualTo("Võ Văn Hoan");
        assertThat(afternoon.topics()).hasSize(3);
        assertThat(afternoon.attendees()).hasSize(7).allMatch(a -> a.organizationId() != null);
        assertThat(hcm.sessions().getFirst().kind()).isEqualTo(SessionKind.FIELD_VISIT);
        assertThat(hcm.sessions().getFirst().placeText()).isEqualTo("thành phố Thủ Đức");
    }

    @Test
    void seed001HasFiftySevenPeopleTwoNamedAndFiveNamedHostOfficials() {
        Delegation d = seed("seed-001");
        assertThat(d.declaredMemberCount()).isEqualTo(57);
        assertThat(d.namedMemberCount()).isEqualTo(2);
        assertThat(d.membersWithRole(MemberRole.DEPUTY_HEAD)).singleElement().satisfies(m -> {
            assertThat(person(m.personId())).isEqualTo("Nguyễn Thị Thược");
            assertThat(m.titleText()).isEqualTo("Giám đốc Sở Tư pháp");
        });
        assertThat(d.membersWithRole(MemberRole.EXPERT)).singleElement()
                .satisfies(m -> assertThat(m.groupDescription()).contains("Hàn Quốc"));
        assertThat(d.documents().getFirst().issuedOn()).as("only the day it was received is stated").isNull();
        assertThat(d.documents().getFirst().receivedOn()).isEqualTo(LocalDate.of(2022, 7, 15));
        List<Delegation.Session> sessions = d.stops().getFirst().sessions();
        assertThat(sessions).hasSize(4);
        assertThat(sessions.subList(0, 3)).allMatch(s -> s.date().equals(LocalDate.of(2022, 7, 21)) && s.partOfDay() == null);
        Delegation.Session working = sessions.get(3);
        assertThat(working.date()).isEqualTo(LocalDate.of(2022, 7, 22));
        assertThat(working.chairPersonId()).as("the article names no chair").isNull();
        assertThat(working.attendees()).extracting(a -> person(a.personId())).containsExactly("Đặng Quốc Toàn",
                "Huỳnh Văn Hạnh", "Ngô Thị Hoàng Các", "Nguyễn Thị Hồng Thắm", "Nguyễn Duy Tân");
        assertThat(working.attendees().get(2).titleText())
                .isEqualTo("Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban thi đua - Khen thưởng Thành phố");
    }

    @Test
    void seed002VisitsTwoHostsWithoutInventingWhichDay() {
        Delegation d = seed("seed-002");
        assertThat(d.stops()).hasSize(2).allSatisfy(s -> {
            assertThat(s.startDate()).isEqualTo(LocalDate.of(2024, 10, 10));
            assertThat(s.endDate()).isEqualTo(LocalDate.of(2024, 10, 11));
            assertThat(s.sessions()).singleElement().satisfies(x -> assertThat(x.date()).isNull());
        });
        assertThat(d.sourceNote()).contains("2024");
        assertThat(d.documents()).extracting(Delegation.Document::numberSymbol).contains("98/2023/QH15", "136/2024/QH15");
        assertThat(person(d.stops().get(1).sessions().getFirst().chairPersonId())).isEqualTo("Phan Văn Mãi");
    }

    @Test
    void seed004HasThreeDecemberDelegationsKnownOnlyByMonth() {
        for (String key : List.of("seed-004-a", "seed-004-b", "seed-004-c")) {
            Delegation d = seed(key);
            assertThat(d.datePrecision()).isEqualTo(Delegation.DatePrecision.MONTH);
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2022, 12, 1));
            assertThat(d.endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
            assertThat(d.stops()).hasSize(2).allMatch(s -> s.hostOrganizationId() == null && s.startDate() == null);
            assertThat(d.namedMemberCount()).isZero();
            assertThat(d.membersWithRole(MemberRole.HEAD)).singleElement()
                    .satisfies(m -> assertThat(m.groupDescription()).isEqualTo("Lãnh đạo Sở Nội vụ"));
        }
    }

    @Autowired
    DelegationQueries queries;

    @Autowired
    AccountService accounts;

    @Autowired
    PlaceLookup places;

    @Test
    void filtersByTheProvinceAsItWasOrAsItIsToday() {
        CurrentUser daNang = accounts.loadUserByUsername("demo.danang");
        long binhDuong = places.unit("old63", "74").id();
        long hcmcToday = places.unit("new34", "79").id();
        long hanoi = places.unit("old63", "01").id();
        for (long unit : List.of(binhDuong, hcmcToday)) {
            assertThat(queries.list(daNang, new DelegationQueries.Filter(DelegationQueries.Direction.OUTGOING, 2024, null,
                    null, unit, null, null), 1, 10).items()).extracting(DelegationQueries.Row::title).anyMatch(t -> t.contains("Bình Dương"));
        }
        assertThat(queries.list(daNang, new DelegationQueries.Filter(DelegationQueries.Direction.OUTGOING, null, null,
                null, hanoi, null, null), 1, 10).items()).isEmpty();
        assertThat(queries.list(daNang, new DelegationQueries.Filter(DelegationQueries.Direction.OUTGOING, null, null,
                null, null, "nha o xa hoi", null), 1, 10).total()).isEqualTo(1);
    }

    @Test
    void createsDemoUsersOfTheOrganizationsInvolved() {
        assertThat(jdbc.sql("""
                        SELECT o.name FROM users u JOIN organizations o ON o.id = u.organization_id
                        WHERE u.username = 'demo.snv.hcm'""").query(String.class).single())
                .isEqualTo("Sở Nội vụ Thành phố Hồ Chí Minh");
    }
}
