package vn.traodoi.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;
import vn.traodoi.text.VietnameseText;

/** Organizations: reading for everyone, changes by administrators, each change audited and published. */
@Service
public class OrganizationService {

    private final Organizations organizations;
    private final AdministrativeUnits units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OrganizationService(Organizations organizations, AdministrativeUnits units, AuditLog audit,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    public Organization get(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    public Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    /** The organizations with these ids, by id, in one query (unknown ids are left out). */
    public Map<Long, Organization> byIds(Collection<Long> ids) {
        Map<Long, Organization> found = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.findByIds(ids.toArray(Long[]::new)).forEach(o -> found.put(o.id(), o));
        }
        return found;
    }

    /** The organization with exactly this name (the seed organizations are looked up so). */
    public Optional<Organization> findByName(String name) {
        return organizations.findByName(name);
    }

    public List<Organization> all() {
        return organizations.all();
    }

    public Page<Organization> search(@Nullable String text, @Nullable OrganizationKind kind, @Nullable Long unitId,
            int page, int size) {
        String folded = text == null || text.isBlank() ? null : VietnameseText.fold(text);
        return new Page<>(organizations.search(folded, kind, unitId, Page.offset(page, size), size),
                organizations.count(folded, kind, unitId), Math.max(page, 1), size);
    }

    @Transactional
    public Organization create(OrganizationForm form) {
        OrganizationForm clean = normalized(form);
        check(clean, null);
        long id = organizations.insert(clean);
        Organization created = get(id);
        audit.record("ORGANIZATION_CREATED", "organization", id, created.name(), null, created);
        events.publishEvent(new OrganizationSaved(id));
        return created;
    }

    @Transactional
    public Organization update(long id, OrganizationForm form) {
        Organization before = get(id);
        OrganizationForm clean = normalized(form);
        check(clean, id);
        if (!organizations.update(id, clean)) {
            throw new ConcurrentEditException("organization", id);
        }
        Organization after = get(id);
        audit.record("ORGANIZATION_UPDATED", "organization", id, after.name(), before, after);
        events.publishEvent(new OrganizationSaved(id));
        return after;
    }

    private static OrganizationForm normalized(OrganizationForm f) {
        return new OrganizationForm(VietnameseText.normalize(Objects.requireNonNullElse(f.name(), "")),
                blankToNull(f.shortName()), f.kind(), f.parentId(), f.unitId(), f.validFrom(), f.validTo(),
                blankToNull(f.note()), f.version());
    }

    private void check(OrganizationForm f, @Nullable Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (organizations.nameTaken(f.name(), f.unitId(), id)) {
            problems.add(new FieldProblem("name", "organization.name.taken"));
        }
        if (f.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (f.parentId() != null) {
            if (organizations.findById(f.parentId()).isEmpty()) {
                problems.add(new FieldProblem("parentId", "organization.parent.unknown"));
            } else if (id != null && organizations.isSelfOrDescendant(id, f.parentId())) {
                problems.add(new FieldProblem("parentId", "organization.parent.loop"));
            }
        }
        if (f.unitId() != null && units.findById(f.unitId()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "organization.unit.unknown"));
        }
        if (f.validFrom() != null && f.validTo() != null && f.validFrom().isAfter(f.validTo())) {
            problems.add(new FieldProblem("validTo", "organization.validity.order"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
    }
}
