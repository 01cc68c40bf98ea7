-- A document of a delegation is either its legal basis (căn cứ: "Căn cứ Kế hoạch số 196/KH-UBND…") or only cited
-- by it (an article on the visit mentions a resolution; the visit is not made under it).
ALTER TABLE delegation_documents ADD COLUMN legal_basis boolean NOT NULL DEFAULT true;
COMMENT ON COLUMN delegation_documents.legal_basis IS 'false: a cited, related document, not a ground of the delegation';
