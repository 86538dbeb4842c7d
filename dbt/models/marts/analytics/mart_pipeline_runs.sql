-- One row per pipeline stage run (from the run records), newest first per stage.
with

runs as (
    select * from {{ ref('stg_pipeline__runs') }}
)

select
    run_id,
    stage,
    partition_day,
    run_status,
    started_at,
    finished_at,
    duration_s,
    counts,
    json_extract_string(details, '$.error') as error,
    row_number() over (partition by stage order by started_at desc, run_id desc) = 1
        as is_latest_for_stage
from runs
