-- One row per user: the latest version (users are re-emitted when plan or consent changes).
with source as not materialized (
    select * from {{ clean_source('platform', 'users') }}
),

renamed as not materialized (
    select
        cast(user_key as varchar) as user_key,
        cast(signup_at as timestamptz) as signup_at,
        cast(plan as varchar) as plan,
        cast(country as varchar) as country,
        cast(analytics_ok as boolean) as analytics_ok,
        cast(training_ok as boolean) as training_ok,
        cast(updated_at as timestamptz) as updated_at,
        file_index as _lake_file_index,
        file_row_number as _lake_row
    from source
)

{{ dedupe_latest('renamed', 'user_key') }}
