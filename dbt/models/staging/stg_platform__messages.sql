-- One row per chat turn (redacted text); seq orders turns within a session.
with source as not materialized (
    select * from {{ clean_source('platform', 'messages') }}
),

renamed as not materialized (
    select
        cast(message_id as varchar) as message_id,
        cast(session_id as varchar) as session_id,
        cast(user_key as varchar) as user_key,
        cast(seq as integer) as seq,
        cast(role as varchar) as role,
        cast(text as varchar) as message_text,
        cast(model as varchar) as model_name,
        cast(latency_ms as integer) as latency_ms,
        cast(input_tokens as integer) as input_tokens,
        cast(output_tokens as integer) as output_tokens,
        cast(cost_usd as double) as cost_usd,
        cast(regenerated_from as varchar) as regenerated_from_message_id,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'message_id') }}
