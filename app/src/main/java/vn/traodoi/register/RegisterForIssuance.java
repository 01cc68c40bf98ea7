package vn.traodoi.register;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssuedType;
import vn.traodoi.document.OutgoingRegister;

/** The register as the document module's issuing needs it (the register depends on documents, not the reverse). */
@Component
class RegisterForIssuance implements OutgoingRegister {

    private final DocumentRegister register;

    RegisterForIssuance(DocumentRegister register) {
        this.register = register;
    }

    @Override
    public Entry take(CurrentUser user, long organizationId, IssuedType type, LocalDate issuedOn, String summary,
            String recordLink, @Nullable String division) {
        return entry(register.take(user, organizationId, type, issuedOn, summary, recordLink,
                division));
    }

    @Override
    public Optional<Entry> issuedFor(long organizationId, IssuedType type, String recordLink) {
        return register.issuedFor(organizationId, type, recordLink).map(RegisterForIssuance::entry);
    }

    @Override
    public Optional<String> abbreviation(long organizationId) {
        return register.abbreviation(organizationId);
    }

    private static Entry entry(IssuedNumber n) {
        return new Entry(n.entryId(), n.numberText(), n.symbol(), n.issuedOn());
    }
}
