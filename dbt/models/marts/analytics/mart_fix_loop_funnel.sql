-- Fix-loop funnel: of the loops opened, how many were fixed within 1, 2, 3 or any number of
-- build attempts. One row per (stack, error_source), plus 'all' roll-ups of each and of both.
with

loops as (
    select * from {{ ref('fct_fix_loops') }}
),

rolled as (
    select
        case when grouping(stack) = 1 then 'all' else coalesce(stack, 'unknown') end as stack,
        case when grouping(error_source) = 1 then 'all' else error_source end as error_source,
        count(*) as loops_opened,
        count(*) filter (where loop_status = 'resolved' and attempts <= 1) as fixed_within_1,
        count(*) filter (where loop_status = 'resolved' and attempts <= 2) as fixed_within_2,
        count(*) filter (where loop_status = 'resolved' and attempts <= 3) as fixed_within_3,
        count(*) filter (where loop_status = 'resolved') as fixed_any,
        count(*) filter (where loop_status = 'abandoned') as abandoned,
        count(*) filter (where loop_status = 'open') as still_open,
        median(time_to_fix_s) as median_time_to_fix_s
    from loops
    group by cube(stack, error_source)
)

select
    stack,
    error_source,
    cast(loops_opened as integer) as loops_opened,
    cast(fixed_within_1 as integer) as fixed_within_1,
    cast(fixed_within_2 as integer) as fixed_within_2,
    cast(fixed_within_3 as integer) as fixed_within_3,
    cast(fixed_any as integer) as fixed_any,
    cast(abandoned as integer) as abandoned,
    cast(still_open as integer) as still_open,
    fixed_within_1 / loops_opened as share_fixed_within_1,
    fixed_within_2 / loops_opened as share_fixed_within_2,
    fixed_within_3 / loops_opened as share_fixed_within_3,
    fixed_any / loops_opened as share_fixed_any,
    median_time_to_fix_s
from rolled
