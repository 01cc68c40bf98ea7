package vn.traodoi.place;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.system.Page;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Cơ quan, đơn vị / Organizations")
class OrganizationApi {

    private final OrganizationService organizations;

    OrganizationApi(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** An organization in the API; {@code version} must be sent back with an update. */
    record OrganizationDto(long id, String name, @Nullable String shortName, OrganizationKind kind,
            @Nullable Long parentId, @Nullable Long unitId, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
            @Nullable String note, int version) {

        static OrganizationDto of(Organization o) {
            return new OrganizationDto(o.id(), o.name(), o.shortName(), o.kind(), o.parentId(), o.unitId(),
                    o.validFrom(), o.validTo(), o.note(), o.version());
        }
    }

    record PageDto(List<OrganizationDto> items, long total, int page, int size) {
    }

    @GetMapping
    @Operation(summary = "Danh sách cơ quan, đơn vị / List organizations")
    PageDto list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrganizationKind kind,
            @RequestParam(required = false) @Nullable Long unit, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<Organization> result = organizations.search(q, kind, unit, page, Math.min(Math.max(size, 1), 200));
        return new PageDto(result.items().stream().map(OrganizationDto::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một cơ quan, đơn vị / One organization")
    OrganizationDto get(@PathVariable long id) {
        return OrganizationDto.of(organizations.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm cơ quan, đơn vị (quản trị) / Create an organization (administrators)")
    ResponseEntity<OrganizationDto> create(@Valid @RequestBody OrganizationForm form) {
        Organization created = organizations.create(form);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(OrganizationDto.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sửa cơ quan, đơn vị (quản trị); 409 khi phiên bản đã cũ / Update (administrators); 409 on a stale version")
    OrganizationDto update(@PathVariable long id, @Valid @RequestBody OrganizationForm form) {
        return OrganizationDto.of(organizations.update(id, form));
    }
}
