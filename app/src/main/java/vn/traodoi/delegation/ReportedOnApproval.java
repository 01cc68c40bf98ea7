package vn.traodoi.delegation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;

/** A delegation whose trip report was approved becomes REPORTED, as the approver; once, whatever the deliveries. */
@Component
class ReportedOnApproval {

    private final DelegationService delegations;
    private final AccountService accounts;

    ReportedOnApproval(DelegationService delegations, AccountService accounts) {
        this.delegations = delegations;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    public void on(TripReportApproved approved) {
        var approver = accounts.actor(approved.approvedBy());
        if (delegations.get(approver, approved.delegationId()).status() != DelegationStatus.REPORTED) {
            delegations.markReported(approver, approved.delegationId());
        }
    }
}
