{#
  A source relation that tolerates a table with no files yet.

  read_parquet()/read_json() fail on a glob that matches nothing (a fresh lake has no
  deletion_requests, a first run has no run records). When the glob is empty we select zero
  rows typed from the source's declared columns instead, so the build still succeeds.
#}
{% macro clean_source(source_name, table_name) %}
    {%- set relation = source(source_name, table_name) -%}
    {%- if execute and source_name == 'platform' -%}
        {{ pinned_lake_files(source_name, table_name) }}
    {%- elif execute and not source_has_files(source_name, table_name) -%}
        {{ empty_source_select(source_name, table_name) }}
    {%- else -%}
        {{ relation }}
    {%- endif -%}
{% endmacro %}


{#
  The clean lake is a set of Delta tables: a directory also holds files that earlier commits
  removed (they stay until VACUUM), so a glob would read superseded rows. The warehouse stage
  pins every table's version before dbt runs and lists that version's active files in
  IW_LAKE_PINS (<build>.lake.json); read exactly those, so the build is reproducible. Each row
  carries file_index and file_row_number: where it came from (dedupe_latest).
#}
{% macro pinned_lake_files(source_name, table_name) %}
    {%- set pins = env_var('IW_LAKE_PINS', '') -%}
    {%- if not pins -%}
        {{ exceptions.raise_compiler_error("clean_source: IW_LAKE_PINS is not set; build through transforms.pipelines.warehouse (prepare_build pins the lake versions)") }}
    {%- endif -%}
    {%- set listing -%}
        select unnest(coalesce(from_json(json_extract(content, '$.files.{{ table_name }}'), '["VARCHAR"]'), []::varchar[])) as path
        from read_text('{{ pins | replace("'", "''") }}')
    {%- endset -%}
    {#- in name order, so file_index (the position in this list) orders files like their names -#}
    {%- set paths = run_query(listing).columns[0].values() | sort -%}
    {%- if paths | length == 0 -%}
        {{ empty_source_select(source_name, table_name) }}
    {%- else -%}
        {#- file_index is a virtual column: selected by name -#}
        (select *, file_index from read_parquet([
        {%- for p in paths %}'{{ p | replace("'", "''") }}'{{ ", " if not loop.last }}{% endfor -%}
        ], hive_partitioning = true, union_by_name = true, filename = true, file_row_number = true))
    {%- endif -%}
{% endmacro %}


{% macro source_glob(source_name, table_name) %}
    {%- if source_name == 'platform' -%}
        {{ env_var('IW_CLEAN_DIR', '../data/lake/clean') ~ '/' ~ table_name ~ '/*/*.parquet' }}
    {%- elif source_name == 'pipeline' and table_name == 'runs' -%}
        {{ env_var('IW_STATE_DIR', '../data/state') ~ '/runs/*/*.json' }}
    {%- else -%}
        {{ exceptions.raise_compiler_error("clean_source: no file glob known for source " ~ source_name ~ "." ~ table_name) }}
    {%- endif -%}
{% endmacro %}


{% macro source_has_files(source_name, table_name) %}
    {%- set pattern = source_glob(source_name, table_name) -%}
    {%- set result = run_query("select count(*) from glob('" ~ pattern | replace("'", "''") ~ "')") -%}
    {{ return(result.columns[0].values()[0] > 0) }}
{% endmacro %}


{% macro empty_source_select(source_name, table_name) %}
    {%- set node = graph.sources.values() | selectattr('source_name', 'equalto', source_name)
                   | selectattr('name', 'equalto', table_name) | first -%}
    {%- if not node.columns -%}
        {{ exceptions.raise_compiler_error("clean_source: declare the columns of " ~ source_name ~ "." ~ table_name ~ " to allow an empty fallback") }}
    {%- endif -%}
    (
        select
        {%- for column in node.columns.values() %}
            cast(null as {{ column.data_type }}) as {{ adapter.quote(column.name) }},
        {%- endfor %}
        {%- if source_name == 'platform' %}
            cast(null as date) as dt,
            cast(null as ubigint) as file_index,
            cast(null as bigint) as file_row_number,
        {%- endif %}
            cast(null as varchar) as filename
        where false
    )
{% endmacro %}
