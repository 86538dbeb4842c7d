-- One row per build of an analytics_ok user, with its place in a fix loop
-- (incremental, re-derived per changed session).
{{ incremental_session_fact_config('build_id') }}

with

builds as (
    select * from {{ ref('stg_platform__builds') }}
),

loop_events as (
    select
        loop_id,
        build_id,
        is_opener,
        attempt_number
    from {{ ref('int_fix_attempts_numbered') }}
    where event_kind = 'build'
),

edits as (
    select
        edit_id,
        message_id
    from {{ ref('stg_platform__code_edits') }}
),

fact as (
    select
        builds.build_id,
        builds.session_id,
        builds.app_id,
        builds.user_key,
        builds.edit_id,
        edits.message_id,
        builds.build_status,
        builds.duration_ms,
        builds.error_log,
        loop_events.loop_id as fix_loop_id,
        coalesce(loop_events.is_opener, false) as opens_fix_loop,
        loop_events.attempt_number as fix_attempt_number,
        builds.created_at,
        cast(builds.created_at as date) as build_date,
        builds.updated_at
    from builds
    left join loop_events on builds.build_id = loop_events.build_id
    left join edits on builds.edit_id = edits.edit_id
)

{{ select_changed_session_rows('fact') }}
