{#
  A source relation that tolerates a table with no files yet.

  read_parquet()/read_json() fail on a glob that matches nothing (a fresh lake has no
  deletion_requests, a first run has no run records). When the glob is empty we select zero
  rows typed from the source's declared columns instead, so the build still succeeds.
#}
{% macro clean_source(source_name, table_name) %}
    {%- set relation = source(source_name, table_name) -%}
    {%- if execute and source_name == 'platform' and env_var('IW_LAKE_COMMIT', 'rename') == 'manifest' -%}
        {{ committed_lake_files(source_name, table_name) }}
    {%- elif execute and not source_has_files(source_name, table_name) -%}
        {{ empty_source_select(source_name, table_name) }}
    {%- else -%}
        {{ relation }}
    {%- endif -%}
{% endmacro %}


{#
  On an object-store lake (IW_LAKE_COMMIT=manifest, set by the warehouse stage) a partition's
  files are whatever its _committed.json names: files beside it may be a writer's
  uncommitted or superseded parts. Read exactly the committed set, fixed at build time.
#}
{% macro committed_lake_files(source_name, table_name) %}
    {%- set root = env_var('IW_CLEAN_DIR', '../data/lake/clean') ~ '/' ~ table_name -%}
    {%- set manifests = root ~ '/dt=*/_committed.json' -%}
    {%- set found = run_query("select count(*) from glob('" ~ manifests | replace("'", "''") ~ "')") -%}
    {%- if found.columns[0].values()[0] == 0 -%}
        {{ empty_source_select(source_name, table_name) }}
    {%- else -%}
        {%- set listing -%}
            select regexp_replace(filename, '[^/]*$', '') || unnest(files) as path
            from read_json('{{ manifests | replace("'", "''") }}', filename = true, columns = {'files': 'varchar[]'})
            order by path
        {%- endset -%}
        {%- set paths = run_query(listing).columns[0].values() -%}
        {%- if paths | length == 0 -%}
            {{ empty_source_select(source_name, table_name) }}
        {%- else -%}
            read_parquet([
            {%- for p in paths %}'{{ p | replace("'", "''") }}'{{ ", " if not loop.last }}{% endfor -%}
            ], hive_partitioning = true, union_by_name = true, filename = true)
        {%- endif -%}
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
        {%- endif %}
            cast(null as varchar) as filename
        where false
    )
{% endmacro %}
