package vn.traodoi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Given an organization whose administrator set its abbreviation, when its clerks issue documents, then each gets the
 * next number of its type and year from 01, never twice, also at the same instant; a cancelled document keeps its
 * number; a rolled-back issue gives its number back; another organization's staff can do nothing with the register.
 */
@IntegrationTest
class DocumentRegisterIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Autowired
    DocumentRegister register;

    @Autowired
    RegisterSettings settings;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    long organization;
    CurrentUser clerk;
    CurrentUser leader;
    String record;

    @BeforeEach
    void organization() {
        organization = users.organization("Sở Nội vụ thử");
        clerk = users.user(organization, Role.ORGANIZER);
        leader = users.user(organization, Role.APPROVER);
        settings.update(users.admin(), organization, "snv", "ccvc", 0);
        record = "/delegations/" + UUID.randomUUID();
    }

    IssuedNumber take(IssuedType type, LocalDate on, String link) {
        return register.take(clerk, organization, type, on, "Kế hoạch khảo sát học tập kinh nghiệm", link, null);
    }

    @Nested
    class Numbering {

        @Test
        void theFirstNumberOfATypeIs01WithTheTypeAndTheIssuer() {
            IssuedNumber first = take(IssuedType.KE_HOACH, DAY, record);

            assertThat(first.full()).isEqualTo("01/KH-SNV");
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.year()).isEqualTo(2026);
            assertThat(first.organizationId()).isEqualTo(organization);
            assertThat(first.issuedOn()).isEqualTo(DAY);
            assertThat(register.issuedFor(organization, IssuedType.KE_HOACH, record)).contains(first);
            assertThat(register.issuedFor(organization, IssuedType.QUYET_DINH, record)).isEmpty();
            assertThat(register.abbreviation(organization)).contains("SNV");
        }

        @Test
        void eachTypeAndEachOrganizationCountsOnItsOwn() {
            assertThat(take(IssuedType.KE_HOACH, DAY, record + "/a").full()).isEqualTo("01/KH-SNV");
            assertThat(take(IssuedType.KE_HOACH, DAY, record + "/b").full()).isEqualTo("02/KH-SNV");
            assertThat(take(IssuedType.QUYET_DINH, DAY, record).full()).isEqualTo("01/QĐ-SNV");
            assertThat(take(IssuedType.BAO_CAO, DAY, record).full()).isEqualTo("01/BC-SNV");
            assertThat(take(IssuedType.GIAY_MOI, DAY, record).full()).isEqualTo("01/GM-SNV");
            assertThat(take(IssuedType.THONG_BAO, DAY, record).full()).isEqualTo("01/TB-SNV");
            long other = users.organization("Ủy ban nhân dân thử");
            settings.update(users.admin(), other, "UBND", null, 0);
            CurrentUser otherClerk = users.user(other, Role.ORGANIZER);
            assertThat(register.take(otherClerk, other, IssuedType.KE_HOACH, DAY, "Kế hoạch", record, null).full())
                    .isEqualTo("01/KH-UBND");
            assertThat(take(IssuedType.KE_HOACH, DAY, record + "/c").full()).isEqualTo("03/KH-SNV");
        }

        @Test
        void tenAndAboveHaveNoLeadingZero() {
            List<String> numbers = IntStream.rangeClosed(1, 11)
                    .mapToObj(i -> take(IssuedType.THONG_BAO, DAY, record + "/" + i).full()).toList();
            assertThat(numbers).startsWith("01/TB-SNV", "02/TB-SNV").contains("09/TB-SNV")
                    .endsWith("10/TB-SNV", "11/TB-SNV");
        }

        @Test
        void aLetterIsIssuerAndDivisionTheGivenOneOrTheDefault() {
            IssuedNumber given = register.take(clerk, organization, IssuedType.CONG_VAN, DAY,
                    "V/v cử đoàn nghiên cứu, học tập kinh nghiệm", record + "/a", "tccb");
            IssuedNumber byDefault = register.take(clerk, organization, IssuedType.CONG_VAN, DAY,
                    "V/v đề nghị tiếp đoàn", record + "/b", null);

            assertThat(given.full()).isEqualTo("01/SNV-TCCB");
            assertThat(byDefault.full()).isEqualTo("02/SNV-CCVC");
        }

        @Test
        void theNumbersStartAgainAt01EachFirstOfJanuaryByTheIssueDate() {
            assertThat(take(IssuedType.QUYET_DINH, LocalDate.of(2025, 12, 30), record + "/a").full())
                    .isEqualTo("01/QĐ-SNV");
            assertThat(take(IssuedType.QUYET_DINH, LocalDate.of(2025, 12, 31), record + "/b").full())
                    .isEqualTo("02/QĐ-SNV");
            IssuedNumber newYear = take(IssuedType.QUYET_DINH, LocalDate.of(2026, 1, 1), record + "/c");
            assertThat(newYear.full()).isEqualTo("01/QĐ-SNV");
            assertThat(newYear.year()).isEqualTo(2026);
            assertThat(take(IssuedType.QUYET_DINH, LocalDate.of(2026, 1, 2), record + "/d").full())
                    .isEqualTo("02/QĐ-SNV");
            IssuedNumber late = take(IssuedType.QUYET_DINH, LocalDate.of(2025, 12, 31), record + "/e");
            assertThat(late.full()).isEqualTo("03/QĐ-SNV");
            assertThat(late.year()).isEqualTo(2025);
        }

        @Test
        void aCancelledDocumentKeepsItsNumberAndTheNextDoesNotReuseIt() {
            take(IssuedType.BAO_CAO, DAY, record + "/a");
            IssuedNumber second = take(IssuedType.BAO_CAO, DAY, record + "/b");

            register.cancel(leader, second.entryId(), "  Sai trích yếu, ban hành lại  ", 1);

            RegisterEntry cancelled = register.entry(second.entryId()).orElseThrow();
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.full()).isEqualTo("02/BC-SNV");
            assertThat(cancelled.cancelNote()).isEqualTo("Sai trích yếu, ban hành lại");
            assertThat(cancelled.cancelledBy()).isEqualTo(leader.userId());
            assertThat(cancelled.version()).isEqualTo(2);
            assertThat(register.issuedFor(organization, IssuedType.BAO_CAO, record + "/b")).isEmpty();
            assertThat(take(IssuedType.BAO_CAO, DAY, record + "/c").full()).isEqualTo("03/BC-SNV");
            assertThat(take(IssuedType.BAO_CAO, DAY, record + "/b").full())
                    .as("the cancelled record's document issued again takes a new number").isEqualTo("04/BC-SNV");
        }

        @Test
        void aRolledBackIssueGivesItsNumberBackWithoutAGap() {
            take(IssuedType.GIAY_MOI, DAY, record + "/a");
            transactions.executeWithoutResult(status -> {
                assertThat(take(IssuedType.GIAY_MOI, DAY, record + "/b").full()).isEqualTo("02/GM-SNV");
                status.setRollbackOnly();
            });

            assertThat(take(IssuedType.GIAY_MOI, DAY, record + "/c").full()).isEqualTo("02/GM-SNV");
            assertThat(register.issuedFor(organization, IssuedType.GIAY_MOI, record + "/b")).isEmpty();
            assertThat(jdbc.sql("SELECT number FROM register_entries WHERE organization_id = ? AND type = 'GIAY_MOI' ORDER BY number")
                    .param(organization).query(Integer.class).list()).containsExactly(1, 2);
        }

        @Test
        void everyNumberTakenAndCancelledIsAudited() {
            IssuedNumber taken = take(IssuedType.KE_HOACH, DAY, record);
            register.cancel(clerk, taken.entryId(), "Nhầm loại văn bản", 1);

            List<String> actions = jdbc.sql("""
                            SELECT action || ' ' || actor_username || ' ' || summary FROM audit_events
                            WHERE entity_type = 'register_entry' AND entity_id = ? ORDER BY id""")
                    .param(Long.toString(taken.entryId())).query(String.class).list();
            assertThat(actions).containsExactly(
                    "REGISTER_NUMBER_TAKEN " + clerk.username() + " 01/KH-SNV Kế hoạch khảo sát học tập kinh nghiệm",
                    "REGISTER_ENTRY_CANCELLED " + clerk.username() + " 01/KH-SNV Nhầm loại văn bản");
        }
    }

    @Nested
    class AtTheSameInstant {

        @Test
        void sixteenIssuersInTheirOwnTransactionsGetDistinctConsecutiveNumbers() throws Exception {
            int issuers = 16;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(issuers);
            try {
                List<Future<IssuedNumber>> taken = new ArrayList<>();
                for (int i = 0; i < issuers; i++) {
                    String link = record + "/" + i;
                    CurrentUser who = i % 2 == 0 ? clerk : leader;
                    taken.add(pool.submit(() -> {
                        start.await();
                        return transactions.execute(status -> register.take(who, organization, IssuedType.KE_HOACH,
                                DAY, "Kế hoạch số " + link, link, null));
                    }));
                }
                start.countDown();
                List<Integer> numbers = new ArrayList<>();
                for (Future<IssuedNumber> f : taken) {
                    numbers.add(f.get(60, TimeUnit.SECONDS).number());
                }
                assertThat(numbers).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, issuers).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.sql("SELECT last_number FROM register_counters WHERE organization_id = ? AND type = 'KE_HOACH'")
                    .param(organization).query(Integer.class).single()).isEqualTo(issuers);
        }

        @Test
        void twoUsersIssuingTheSameRecordsDocumentGetOneNumberAndTheOtherARefusal() throws Exception {
            CountDownLatch firstTook = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<IssuedNumber> first = pool.submit(() -> transactions.execute(status -> {
                    IssuedNumber n = take(IssuedType.QUYET_DINH, DAY, record);
                    firstTook.countDown();
                    waitFor(release);
                    return n;
                }));
                assertThat(firstTook.await(30, TimeUnit.SECONDS)).isTrue();
                Future<IssuedNumber> second = pool.submit(() -> transactions.execute(status ->
                        register.take(leader, organization, IssuedType.QUYET_DINH, DAY, "Quyết định cử đoàn", record,
                                null)));
                await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE wait_event_type = 'Lock' AND query LIKE '%register_counters%'""").query(Long.class).single() > 0);
                release.countDown();

                assertThat(first.get(30, TimeUnit.SECONDS).full()).isEqualTo("01/QĐ-SNV");
                assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(StateConflictException.class)
                        .extracting(e -> ((StateConflictException) e).messageCode()).isEqualTo("register.issuedMeanwhile");
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
            assertThat(take(IssuedType.QUYET_DINH, DAY, record + "/next").full())
                    .as("the refused issue gave its number back").isEqualTo("02/QĐ-SNV");
        }

        private static void waitFor(CountDownLatch latch) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Nested
    class BadInput {

        @Test
        void withoutAnAbbreviationNoNumberIsTakenAndNoneIsInvented() {
            long unset = users.organization("Sở Tư pháp thử");
            CurrentUser unsetClerk = users.user(unset, Role.ORGANIZER);

            assertThatThrownBy(() -> register.take(unsetClerk, unset, IssuedType.KE_HOACH, DAY, "Kế hoạch", record, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("abbreviation", "register.symbol.missing")));
            assertThat(register.abbreviation(unset)).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM register_counters WHERE organization_id = ?").param(unset)
                    .query(Long.class).single()).isZero();
        }

        @Test
        void aLetterWithoutADivisionIsRefused() {
            long noDivision = users.organization("Sở Tài chính thử");
            settings.update(users.admin(), noDivision, "STC", null, 0);
            CurrentUser its = users.user(noDivision, Role.ORGANIZER);

            assertThatThrownBy(() -> register.take(its, noDivision, IssuedType.CONG_VAN, DAY, "V/v cử đoàn", record, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("division", "register.division.missing")));
            assertThatThrownBy(() -> register.take(its, noDivision, IssuedType.CONG_VAN, DAY, "V/v cử đoàn", record, "TC-KH"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("division", "register.abbreviation.invalid")));
            assertThat(register.take(its, noDivision, IssuedType.KE_HOACH, DAY, "Kế hoạch", record, null).full())
                    .as("only a letter needs a division").isEqualTo("01/KH-STC");
        }

        @Test
        void everyMissingFieldIsNamedAtOnce() {
            assertThatThrownBy(() -> register.take(clerk, organization, IssuedType.BAO_CAO, LocalDate.now(clock).plusDays(1),
                    "  ", "delegations/12", null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::messageCode).containsExactly("register.summary.required",
                                    "register.recordLink.invalid", "register.issuedOn.future"));
            assertThat(jdbc.sql("SELECT count(*) FROM register_counters WHERE organization_id = ?").param(organization)
                    .query(Long.class).single()).isZero();
        }

        @Test
        void aRecordsDocumentIsNumberedOnce() {
            IssuedNumber first = take(IssuedType.KE_HOACH, DAY, record);

            assertThatThrownBy(() -> take(IssuedType.KE_HOACH, DAY, record))
                    .isInstanceOfSatisfying(StateConflictException.class, e -> {
                        assertThat(e.messageCode()).isEqualTo("register.alreadyIssued");
                        assertThat(e.arguments()).containsExactly("01/KH-SNV");
                    });
            assertThat(take(IssuedType.KE_HOACH, DAY, record + "/other").number()).isEqualTo(2);
            assertThat(first.number()).isEqualTo(1);
        }

        @Test
        void aCancellationNeedsANoteAndTheVersionSeen() {
            IssuedNumber taken = take(IssuedType.THONG_BAO, DAY, record);

            assertThatThrownBy(() -> register.cancel(clerk, taken.entryId(), "   ", 1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("note", "register.cancel.note.required")));
            assertThatThrownBy(() -> register.cancel(clerk, taken.entryId(), "Lý do", 7))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> register.cancel(clerk, taken.entryId(), "x".repeat(1001), 1))
                    .isInstanceOf(InvalidInputException.class);
            register.cancel(clerk, taken.entryId(), "Lý do", 1);
            assertThatThrownBy(() -> register.cancel(clerk, taken.entryId(), "Lần nữa", 2))
                    .isInstanceOfSatisfying(StateConflictException.class,
                            e -> assertThat(e.messageCode()).isEqualTo("register.alreadyCancelled"));
            assertThat(register.entry(taken.entryId()).orElseThrow().cancelNote()).isEqualTo("Lý do");
        }
    }

    @Nested
    class Authorization {

        @Test
        void anotherOrganizationsStaffTakeNoNumberOfOursAndCancelNone() {
            IssuedNumber ours = take(IssuedType.KE_HOACH, DAY, record);
            long foreign = users.organization("Sở Nội vụ khác");
            CurrentUser stranger = users.user(foreign, Role.ORGANIZER, Role.APPROVER, Role.ADMIN);

            assertThatThrownBy(() -> register.take(stranger, organization, IssuedType.KE_HOACH, DAY, "Kế hoạch",
                    record + "/x", null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> register.cancel(stranger, ours.entryId(), "Hủy hộ", 1))
                    .isInstanceOf(NotFoundException.class);
            assertThat(register.entry(ours.entryId()).orElseThrow().cancelled()).isFalse();
            assertThat(take(IssuedType.KE_HOACH, DAY, record + "/y").number()).isEqualTo(2);
        }

        @Test
        void ourOwnMembersAndEditorsAreNotItsKeepers() {
            IssuedNumber ours = take(IssuedType.KE_HOACH, DAY, record);
            CurrentUser member = users.user(organization, Role.MEMBER, Role.EDITOR);

            assertThatThrownBy(() -> register.take(member, organization, IssuedType.KE_HOACH, DAY, "Kế hoạch",
                    record + "/x", null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> register.cancel(member, ours.entryId(), "Hủy", 1))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
