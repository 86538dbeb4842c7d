-- One row per erasure request (latest status).
with source as not materialized (
    select * from {{ clean_source('platform', 'deletion_requests') }}
),

renamed as not materialized (
    select
        cast(request_id as varchar) as request_id,
        cast(user_key as varchar) as user_key,
        cast(requested_at as timestamptz) as requested_at,
        cast(status as varchar) as request_status,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'request_id') }}
