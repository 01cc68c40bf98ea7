package vn.traodoi.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationSaved;
import vn.traodoi.place.OrganizationService;

/**
 * The organizations of the directory as documents, public to every signed-in user (ADR 0003). The place feature sits
 * below the search (the search names its provinces and organizations through it), so it cannot call the index: it
 * publishes {@link OrganizationSaved} in the transaction of the change, and this describes the organization from
 * place's published service in that transaction. An organization's result leads to what it owns that the user may see.
 */
@Component
class OrganizationDocuments implements SearchSource {

    private final OrganizationService organizations;
    private final SearchIndex index;

    OrganizationDocuments(OrganizationService organizations, SearchIndex index) {
        this.organizations = organizations;
        this.index = index;
    }

    @EventListener
    void saved(OrganizationSaved saved) {
        index.refresh(SearchKind.ORGANIZATION, saved.organizationId());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.ORGANIZATION;
    }

    @Override
    public List<Long> ids() {
        return organizations.all().stream().map(Organization::id).toList();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        Map<Long, Organization> found = organizations.byIds(ids);
        Map<Long, Organization> parents = organizations.byIds(found.values().stream()
                .map(Organization::parentId).filter(Objects::nonNull).toList());
        return found.values().stream().map(o -> {
            Organization parent = o.parentId() == null ? null : parents.get(o.parentId());
            return SearchDocument.builder(SearchKind.ORGANIZATION, o.id(), o.name(), "/search?organization=" + o.id())
                    .publicFrom(Instant.EPOCH)
                    .context(parent == null ? null : parent.name())
                    .names(Arrays.asList(o.name(), o.shortName()))
                    .body(o.note())
                    .units(o.unitId() == null ? List.of() : List.of(o.unitId()))
                    .build();
        }).toList();
    }
}
