-- The warehouse's stored tables. Derived tables (fact_bucket, fact_effective, fact_area) are
-- rebuilt from these by danvan/sql/derive_*.sql after every load.

-- Administrative units, legacy (valid until 2025-06-30) and current (valid from 2025-07-01).
-- locality_id is unique across both eras: current units use their official code ('79', '26734'),
-- legacy units the official code prefixed with 'L' ('L79', 'L760', 'L26734'), because official codes
-- were reused after the reform (ward 00004 is Trúc Bạch before and Ba Đình after).
create table if not exists locality (
    locality_id          varchar primary key,
    code                 varchar not null,   -- official code (Tổng cục Thống kê / Nghị quyết 202/2025)
    name                 varchar not null,   -- full name with type: 'Tỉnh Lai Châu'
    short_name           varchar not null,   -- without type: 'Lai Châu'
    unit_type            varchar not null,   -- tỉnh, thành phố trực thuộc trung ương, quận, huyện, thị xã,
                                             -- thành phố thuộc tỉnh, xã, phường, thị trấn, đặc khu
    level                varchar not null check (level in ('province', 'district', 'commune')),
    era                  varchar not null check (era in ('legacy', 'current')),
    parent_id            varchar,            -- the unit directly above, in the same era
    province_id          varchar not null,   -- the province of the same era (itself for a province)
    district_id          varchar,            -- legacy only: the district a commune belonged to
    current_province_id  varchar not null,   -- today's province (exact for every legacy unit)
    current_commune_id   varchar,            -- today's commune, only where the crosswalk is exact
    valid_from           date,               -- null: before the data this product covers
    valid_to             date,               -- null: still valid
    search_key           varchar not null,   -- accent- and prefix-free key of short_name
    lat                  double,
    lon                  double
);

-- Legacy unit → current unit. Provinces and districts map whole to one current province (exact);
-- a legacy commune maps to one current commune (exact) or was split among several (not exact).
create table if not exists locality_crosswalk (
    legacy_id   varchar not null,
    current_id  varchar not null,
    exact       boolean not null,
    is_default  boolean not null,      -- for a split commune, the part the official mapping prefers
    primary key (legacy_id, current_id)
);

-- Other names a unit is written with ('TT Huế', 'Sài Gòn', 'hcm'), as accent-free keys.
create table if not exists locality_alias (
    locality_id varchar not null,
    alias_key   varchar not null,
    primary key (locality_id, alias_key)
);

create table if not exists organization (
    code              varchar primary key,
    name              varchar not null,
    short_name        varchar not null,
    color             varchar not null,
    entrusted_lender  boolean not null,   -- receives NHCSXH entrusted loans
    sort              integer not null,
    note              varchar
);

create table if not exists indicator (
    code               varchar primary key,
    name               varchar not null,
    short_name         varchar not null,
    unit               varchar not null,
    noun               varchar not null,
    kind               varchar not null check (kind in ('stock', 'flow', 'cumulative', 'ratio')),
    time_aggregation   varchar not null check (time_aggregation in ('last', 'sum', 'recompute')),
    space_aggregation  varchar not null check (space_aggregation in ('sum', 'recompute')),
    numerator          varchar,
    denominator        varchar,
    sort               integer not null,
    definition         varchar not null
);

create table if not exists breakdown (
    code       varchar primary key,   -- 'field:kinh_te'; the total is the empty string, not a row here
    dimension  varchar not null,
    name       varchar not null,
    sort       integer not null
);

-- Every period a fact may be stored at, and every bucket a chart can show.
create table if not exists period (
    period_id   varchar primary key,   -- notation: 2020, 2020-Q1, 2020-H1, 2020-9M, 2020-03, 2017-08-01, 2011/2017
    kind        varchar not null,
    start_date  date not null,
    end_date    date not null,
    label       varchar not null       -- 'Quý II/2025'
);

-- The periods a chart's period axis can show, which fact_unit_bucket adds figures up into. A view of its
-- own so that the import's partial re-derive can show fact_unit_bucket only the buckets a batch touches.
create or replace view bucket as
select * from period where kind in ('quarter', 'half', 'nine_months', 'year');

-- Where a figure comes from: a document, an import batch, or the demo generator.
create table if not exists source (
    source_id    varchar primary key,   -- 'doc:…', 'batch:…', 'demo:…'
    kind         varchar not null check (kind in ('document', 'import', 'demo')),
    title        varchar not null,
    publisher    varchar,
    published    date,
    url          varchar,
    about        varchar,
    doc_text     varchar,               -- the document's text, when it was extracted in the app
    file_name    varchar,               -- import batches
    file_sha256  varchar,
    imported_by  varchar,
    imported_at  timestamp,
    rows_total   integer,
    rows_accepted integer,
    status       varchar not null default 'active' check (status in ('active', 'rolled_back'))
);

-- The facts: one value per locality × organization × indicator × breakdown × period × source.
-- Reloading a source replaces its own rows (the key includes source_id), so loading is idempotent;
-- which source wins for the same locality/organization/indicator/breakdown/period is decided when
-- deriving (sourced over demo, newer import over older), never by deleting history.
-- The key is kept by the loaders, each writing one source at a time: an import rejects a file's
-- repeated and conflicting keys (danvan/intake/validate.py), a document's review refuses them,
-- the demo and seeds are generated unique, and tests check all of them. There is no primary key:
-- its index made a 1-million-row import 2 s slower (inserting, and every checkpoint writes the
-- whole index again) and the dashboard never looks a fact up by its key.
create table if not exists fact (
    locality_id   varchar not null,
    organization  varchar not null,
    indicator     varchar not null,
    breakdown     varchar not null default '',   -- '' is the total
    period_id     varchar not null,
    value         double not null,
    approx        varchar not null default '',   -- qualifier as reported: hơn, trên, gần, khoảng, đạt
    source_id     varchar not null,
    reported_on   date,                          -- when the figure reached the office (late reports)
    evidence      varchar                        -- the sentence or cell it was read from
);

-- What the last build did (demo scale, versions of the reference packages, when).
create table if not exists build_info (
    key    varchar primary key,
    value  varchar not null
);

-- What an indicator is computed from: itself, or a ratio's numerator and denominator (summed
-- separately, then divided — never an average of ratios). Queries read values through this view.
create or replace view indicator_component as
select code as target, code as component, kind, numerator, denominator from indicator where kind <> 'ratio'
union all
select code, numerator, kind, numerator, denominator from indicator where kind = 'ratio'
union all
select code, denominator, kind, numerator, denominator from indicator where kind = 'ratio';
