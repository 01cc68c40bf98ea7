package vn.traodoi.place;

/**
 * An organization was created or changed, published in the transaction of the change (listeners run in it): the search
 * describes the organization again from {@link OrganizationService}.
 */
public record OrganizationSaved(long organizationId) {
}
