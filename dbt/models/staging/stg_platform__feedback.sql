-- One row per feedback event on an assistant turn (accept, revert, regenerate, thumbs).
with source as not materialized (
    select * from {{ clean_source('platform', 'feedback') }}
),

renamed as not materialized (
    select
        cast(feedback_id as varchar) as feedback_id,
        cast(session_id as varchar) as session_id,
        cast(user_key as varchar) as user_key,
        cast(message_id as varchar) as message_id,
        cast(edit_id as varchar) as edit_id,
        cast(kind as varchar) as feedback_kind,
        cast(comment as varchar) as comment,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'feedback_id') }}
