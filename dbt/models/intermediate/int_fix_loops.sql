-- One row per fix loop: what opened it, how many build attempts followed, how it ended.
--   resolved   a later build in the session passed
--   abandoned  the session ended (ended_at set) before any build passed
--   open       the session has not ended yet (more data may still arrive)
with

loop_events as (
    select * from {{ ref('int_fix_attempts_numbered') }}
),

sessions as (
    select * from {{ ref('stg_platform__chat_sessions') }}
),

runtime_errors as (
    select * from {{ ref('stg_platform__runtime_errors') }}
),

builds as (
    select * from {{ ref('stg_platform__builds') }}
),

openers as (
    select * from loop_events
    where is_opener
),

attempts as (
    select
        loop_id,
        count(*) as attempts,
        max(case when build_status = 'success' then build_id end) as resolving_build_id,
        max(case when build_status = 'success' then created_at end) as resolved_at
    from loop_events
    where attempt_number >= 1
    group by loop_id
)

select
    openers.loop_id,
    openers.session_id,
    sessions.app_id,
    sessions.user_key,
    case when openers.event_kind = 'build' then 'build' else 'runtime' end as error_source,
    openers.event_id as opener_event_id,
    -- the build that failed, or the deployed build that raised the runtime error
    coalesce(openers.build_id, runtime_errors.build_id) as failing_build_id,
    case
        when openers.event_kind = 'build' then builds.error_log
        else concat_ws(
            chr(10),
            runtime_errors.error_type || ': ' || runtime_errors.error_message,
            runtime_errors.stack_trace
        )
    end as error_log,
    runtime_errors.error_type as runtime_error_type,
    openers.created_at as opened_at,
    cast(coalesce(attempts.attempts, 0) as integer) as attempts,
    attempts.resolving_build_id,
    attempts.resolved_at,
    case
        when attempts.resolving_build_id is not null then 'resolved'
        when sessions.ended_at is not null then 'abandoned'
        else 'open'
    end as loop_status,
    cast(epoch(attempts.resolved_at) - epoch(openers.created_at) as double) as time_to_fix_s
from openers
left join attempts on openers.loop_id = attempts.loop_id
left join sessions on openers.session_id = sessions.session_id
left join runtime_errors
    on openers.event_kind = 'runtime_error' and openers.event_id = runtime_errors.error_id
left join builds
    on openers.event_kind = 'build' and openers.event_id = builds.build_id
