-- One row per consent change (analytics / training flags as set at changed_at).
with source as not materialized (
    select * from {{ clean_source('platform', 'consent_events') }}
),

renamed as not materialized (
    select
        cast(event_id as varchar) as consent_event_id,
        cast(user_key as varchar) as user_key,
        cast(analytics_ok as boolean) as analytics_ok,
        cast(training_ok as boolean) as training_ok,
        cast(changed_at as timestamptz) as changed_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'consent_event_id') }}
