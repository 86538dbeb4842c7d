-- One row per code edit (unified diff, redacted) made by an assistant turn.
with source as not materialized (
    select * from {{ clean_source('platform', 'code_edits') }}
),

renamed as not materialized (
    select
        cast(edit_id as varchar) as edit_id,
        cast(message_id as varchar) as message_id,
        cast(session_id as varchar) as session_id,
        cast(app_id as varchar) as app_id,
        cast(user_key as varchar) as user_key,
        cast(file_path as varchar) as file_path,
        cast(diff as varchar) as diff,
        cast(lines_added as integer) as lines_added,
        cast(lines_removed as integer) as lines_removed,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'edit_id') }}
