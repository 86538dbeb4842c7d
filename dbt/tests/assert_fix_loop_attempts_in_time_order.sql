-- Fix-loop attempts are numbered in time order, all come after the event that opened the loop,
-- and a resolved loop is resolved by its last attempt, which passed.
with

events as (
    select * from {{ ref('int_fix_attempts_numbered') }}
),

loops as (
    select * from {{ ref('fct_fix_loops') }}
),

misordered as (
    select
        loop_id,
        event_id,
        'attempt numbers not in time order' as problem
    from (
        select
            loop_id,
            event_id,
            attempt_number,
            created_at,
            lag(created_at) over (partition by loop_id order by attempt_number) as previous_at
        from events
        where attempt_number is not null
    ) as timed
    where created_at < previous_at
),

before_opener as (
    select
        events.loop_id,
        events.event_id,
        'attempt before the opening error' as problem
    from events
    inner join events as opener on events.loop_id = opener.loop_id and opener.is_opener
    where events.attempt_number >= 1 and events.created_at < opener.created_at
),

last_attempts as (
    select
        loop_id,
        max_by(build_status, attempt_number) as last_status,
        max(attempt_number) as last_attempt
    from events
    where attempt_number >= 1
    group by loop_id
),

bad_resolution as (
    select
        loops.loop_id,
        loops.resolving_build_id as event_id,
        'resolved loop not closed by its last, passing attempt' as problem
    from loops
    left join last_attempts on loops.loop_id = last_attempts.loop_id
    where
        loops.loop_status = 'resolved'
        and (
            coalesce(last_attempts.last_status, 'none') != 'success'
            or last_attempts.last_attempt != loops.attempts
            or loops.resolved_at < loops.opened_at
        )
)

select * from misordered
union all
select * from before_opener
union all
select * from bad_resolution
