-- One row per pipeline stage run (the JSON run records under state/runs/).
with source as (
    select * from {{ clean_source('pipeline', 'runs') }}
),

renamed as (
    select
        cast(run_id as varchar) as run_id,
        cast(stage as varchar) as stage,
        cast(partition as varchar) as partition_day,  -- noqa: RF06 (a DuckDB keyword)
        cast(status as varchar) as run_status,
        cast(started_at as timestamptz) as started_at,
        cast(finished_at as timestamptz) as finished_at,
        cast(duration_s as double) as duration_s,
        cast(counts as json) as counts,
        cast(details as json) as details,
        filename as record_file
    from source
)

select *
from renamed
qualify row_number() over (partition by run_id order by record_file desc) = 1
