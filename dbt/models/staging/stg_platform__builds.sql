-- One row per build (each code edit triggers one); failed builds carry the error log.
with source as not materialized (
    select * from {{ clean_source('platform', 'builds') }}
),

renamed as not materialized (
    select
        cast(build_id as varchar) as build_id,
        cast(session_id as varchar) as session_id,
        cast(app_id as varchar) as app_id,
        cast(user_key as varchar) as user_key,
        cast(edit_id as varchar) as edit_id,
        cast(status as varchar) as build_status,
        cast(duration_ms as integer) as duration_ms,
        cast(error_log as varchar) as error_log,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'build_id') }}
