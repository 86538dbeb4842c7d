-- One row per runtime error raised by a deployed build.
with source as not materialized (
    select * from {{ clean_source('platform', 'runtime_errors') }}
),

renamed as not materialized (
    select
        cast(error_id as varchar) as error_id,
        cast(session_id as varchar) as session_id,
        cast(app_id as varchar) as app_id,
        cast(user_key as varchar) as user_key,
        cast(build_id as varchar) as build_id,
        cast(error_type as varchar) as error_type,
        cast(message as varchar) as error_message,
        cast(stack_trace as varchar) as stack_trace,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'error_id') }}
