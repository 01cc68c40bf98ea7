-- Governance indices (PAR Index, SIPAS, PAPI, PCI, DTI): yearly figures per province as the sources state them,
-- with their provenance. A figure stays on the unit of its year (the 63 provinces until 2025); missing is unknown,
-- never zero; "not ranked that year" is a figure of its own.
CREATE TABLE governance_indices (
    code        text PRIMARY KEY CHECK (code IN ('PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'DTI')),
    position    integer NOT NULL,
    short_name  text NOT NULL,
    name_vi     text NOT NULL,
    name_en     text NOT NULL,
    publisher   text NOT NULL,
    score_min   numeric NOT NULL,
    score_max   numeric NOT NULL,
    score_unit  text NOT NULL
);
INSERT INTO governance_indices VALUES
    ('PAR_INDEX', 1, 'PAR Index', 'Chỉ số cải cách hành chính', 'Public Administration Reform Index', 'Bộ Nội vụ', 0, 100, 'percent (0-100)'),
    ('SIPAS', 2, 'SIPAS', 'Chỉ số hài lòng về sự phục vụ hành chính', 'Satisfaction Index of Public Administrative Services', 'Bộ Nội vụ', 0, 100, 'percent (0-100)'),
    ('PAPI', 3, 'PAPI', 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh', 'Provincial Governance and Public Administration Performance Index', 'UNDP, CECODES, Mặt trận Tổ quốc Việt Nam', 0, 80, 'points (sum of 8 dimensions, max 80)'),
    ('PCI', 4, 'PCI', 'Chỉ số năng lực cạnh tranh cấp tỉnh', 'Provincial Competitiveness Index', 'VCCI', 0, 100, 'points (0-100)'),
    ('DTI', 5, 'DTI', 'Chỉ số chuyển đổi số cấp tỉnh', 'Digital Transformation Index', 'Bộ Thông tin và Truyền thông', 0, 1, 'index (0-1)');

-- The published groups of an index, best first, with the words sources use for them and, where the publisher fixes
-- them, the score thresholds (PAR Index: A from 90%, B from 80%, C from 70%, D below): a group a source does not
-- state is derived from these, and marked as derived.
CREATE TABLE index_groups (
    index_code  text NOT NULL REFERENCES governance_indices (code),
    position    integer NOT NULL,
    label       text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}',
    min_score   numeric,
    PRIMARY KEY (index_code, position)
);
INSERT INTO index_groups VALUES
    ('PAR_INDEX', 1, 'A', '{"A"}', 90),
    ('PAR_INDEX', 2, 'B', '{"B"}', 80),
    ('PAR_INDEX', 3, 'C', '{"C"}', 70),
    ('PAR_INDEX', 4, 'D', '{"D"}', 0),
    ('PAPI', 1, 'Nhóm cao nhất', '{"highest group","nhom cao nhat"}', NULL),
    ('PAPI', 2, 'Nhóm trung bình cao', '{"high-average","upper-medium","trung binh cao"}', NULL),
    ('PAPI', 3, 'Nhóm trung bình thấp', '{"low-average","lower-medium","trung binh thap"}', NULL),
    ('PAPI', 4, 'Nhóm thấp nhất', '{"lowest group","nhom thap nhat"}', NULL),
    ('PCI', 1, 'Rất tốt', '{"rat tot","excellent"}', NULL),
    ('PCI', 2, 'Tốt', '{"tot","good"}', NULL),
    ('PCI', 3, 'Khá', '{"kha","fair"}', NULL),
    ('PCI', 4, 'Trung bình', '{"trung binh","average"}', NULL),
    ('PCI', 5, 'Tương đối thấp', '{"tuong doi thap","relatively low"}', NULL),
    ('PCI', 6, 'Thấp', '{"thap","low"}', NULL);

-- An edition: the figures of an assessment year, published the next year. The day is recorded when a source gives
-- it; otherwise an edition counts as published only from 31/12 of the next year, and the advice says so.
CREATE TABLE index_editions (
    index_code    text NOT NULL REFERENCES governance_indices (code),
    year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    published_on  date,
    source        text,
    PRIMARY KEY (index_code, year)
);
INSERT INTO index_editions VALUES
    ('PAR_INDEX', 2021, DATE '2022-05-25', 'Bộ Nội vụ công bố PAR Index và SIPAS 2021 ngày 25/5/2022'),
    ('SIPAS', 2021, DATE '2022-05-25', 'Bộ Nội vụ công bố PAR Index và SIPAS 2021 ngày 25/5/2022'),
    ('PAPI', 2021, DATE '2022-05-10', 'UNDP công bố PAPI 2021 ngày 10/5/2022');

CREATE TABLE index_scores (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    index_code    text NOT NULL REFERENCES governance_indices (code),
    year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    unit_id       bigint NOT NULL REFERENCES administrative_units (id),
    score         numeric,
    score_unit    text,
    rank          integer CHECK (rank > 0),
    rank_out_of   integer CHECK (rank_out_of > 0),
    rank_basis    text NOT NULL CHECK (rank_basis IN ('explicit', 'order_in_list', 'not_stated', 'not_ranked')),
    group_label   text,
    source_urls   text[] NOT NULL DEFAULT '{}',
    note          text,
    confidence    text CHECK (confidence IN ('high', 'medium', 'low')),
    discrepancy   text,
    imported_by   bigint REFERENCES users (id),
    imported_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (index_code, year, unit_id),
    CHECK (rank IS NULL OR rank_out_of IS NULL OR rank <= rank_out_of),
    CHECK (rank_basis NOT IN ('not_ranked', 'not_stated') OR rank IS NULL)
);
COMMENT ON COLUMN index_scores.rank_basis IS 'explicit: the source states the rank; order_in_list: taken from the order of a list; not_stated: the source gives no rank; not_ranked: the edition did not rank the unit';
CREATE INDEX index_scores_unit ON index_scores (unit_id);

-- What a delegation goes to learn, and which indices measure it; administrators edit the mapping.
CREATE TABLE index_topics (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position  integer NOT NULL,
    name      text NOT NULL UNIQUE,
    keywords  text NOT NULL DEFAULT '',
    indices   text[] NOT NULL CHECK (cardinality(indices) > 0)
);
INSERT INTO index_topics (position, name, keywords, indices) VALUES
    (1, 'Cải cách hành chính', 'cải cách hành chính; thủ tục hành chính; một cửa; dịch vụ công', '{PAR_INDEX,SIPAS}'),
    (2, 'Quản trị và hành chính công, sự tham gia của người dân', 'quản trị; hành chính công; PAPI; sự tham gia; minh bạch; trách nhiệm giải trình', '{PAPI}'),
    (3, 'Môi trường kinh doanh, năng lực cạnh tranh', 'môi trường kinh doanh; năng lực cạnh tranh; thu hút đầu tư; doanh nghiệp', '{PCI}'),
    (4, 'Chuyển đổi số', 'chuyển đổi số; chính quyền điện tử; chính quyền số; công nghệ thông tin', '{DTI}');
