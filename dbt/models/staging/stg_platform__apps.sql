-- One row per app: the latest version, plus when it was first seen shipped (apps are re-emitted
-- on every status change, so the history is only visible before the dedupe).
with source as not materialized (
    select * from {{ clean_source('platform', 'apps') }}
),

renamed as not materialized (
    select
        cast(app_id as varchar) as app_id,
        cast(user_key as varchar) as user_key,
        cast(name as varchar) as app_name,
        cast(template as varchar) as template,
        cast(stack as varchar) as stack,
        cast(status as varchar) as app_status,
        cast(created_at as timestamptz) as created_at,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
),

versioned as not materialized (
    select
        *,
        min(case when app_status = 'shipped' then updated_at end)
            over (partition by app_id) as first_shipped_at
    from renamed
)

{{ dedupe_latest('versioned', 'app_id') }}
