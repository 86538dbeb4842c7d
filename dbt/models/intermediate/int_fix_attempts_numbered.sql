-- The build/runtime-error timeline of each session cut into fix loops.
-- A failed build or a runtime error opens a loop when none is open; every later build in the
-- session is an attempt; the first successful build closes it. One row per loop event:
-- the opener (attempt_number 0) and each attempt (1, 2, ...).
with

builds as (
    select
        session_id,
        build_id,
        build_status,
        created_at
    from {{ ref('stg_platform__builds') }}
),

runtime_errors as (
    select
        session_id,
        error_id,
        build_id,
        created_at
    from {{ ref('stg_platform__runtime_errors') }}
),

events as (
    select
        session_id,
        'build' as event_kind,
        build_id as event_id,
        build_id,
        build_status,
        created_at,
        0 as kind_order
    from builds
    union all
    select
        session_id,
        'runtime_error' as event_kind,
        error_id as event_id,
        build_id,
        null as build_status,
        created_at,
        -- a runtime error comes after the build that raised it when the clocks tie
        1 as kind_order
    from runtime_errors
),

sequenced as (
    select
        *,
        row_number() over (
            partition by session_id order by created_at, kind_order, event_id
        ) as event_seq,
        event_kind = 'build' and build_status = 'success' as is_success,
        event_kind = 'runtime_error' or build_status = 'failed' as is_failure
    from events
),

-- segment k = everything after the k-th success up to and including the next success
segmented as (
    select
        *,
        coalesce(sum(case when is_success then 1 else 0 end) over (
            partition by session_id order by event_seq
            rows between unbounded preceding and 1 preceding
        ), 0) as segment
    from sequenced
),

openers as (
    select
        session_id,
        segment,
        event_seq as opener_seq,
        event_id as opener_event_id
    from segmented
    where is_failure
    qualify row_number() over (partition by session_id, segment order by event_seq) = 1
),

loop_events as (
    select
        'loop_' || openers.opener_event_id as loop_id,
        segmented.session_id,
        segmented.event_seq,
        segmented.event_kind,
        segmented.event_id,
        segmented.build_id,
        segmented.build_status,
        segmented.created_at,
        segmented.event_seq = openers.opener_seq as is_opener
    from segmented
    inner join openers
        on
            segmented.session_id = openers.session_id
            and segmented.segment = openers.segment
            and segmented.event_seq >= openers.opener_seq
)

select
    loop_id,
    session_id,
    event_kind,
    event_id,
    build_id,
    build_status,
    created_at,
    event_seq,
    is_opener,
    -- attempts are the builds after the opener; other runtime errors inside an open loop are
    -- part of it but are not attempts
    case
        when is_opener then 0
        when event_kind = 'build'
            then row_number() over (
                partition by loop_id, (not is_opener and event_kind = 'build')
                order by event_seq
            )
    end as attempt_number
from loop_events
