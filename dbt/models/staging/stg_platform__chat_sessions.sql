-- One row per chat session (one user, one app).
with source as not materialized (
    select * from {{ clean_source('platform', 'chat_sessions') }}
),

renamed as not materialized (
    select
        cast(session_id as varchar) as session_id,
        cast(app_id as varchar) as app_id,
        cast(user_key as varchar) as user_key,
        cast(started_at as timestamptz) as started_at,
        cast(ended_at as timestamptz) as ended_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'session_id') }}
