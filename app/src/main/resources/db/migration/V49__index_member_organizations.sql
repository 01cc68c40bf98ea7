-- The organizations of a delegation's members see it once its plan is approved (issue 15): "Tất cả đoàn" and the
-- calendar find those delegations by the member's organization.
CREATE INDEX delegation_members_organization ON delegation_members (organization_id) WHERE organization_id IS NOT NULL;
