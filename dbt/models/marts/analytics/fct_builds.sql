-- One row per build of an analytics_ok user, with its place in a fix loop
-- (incremental, re-derived per changed session).
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='build_id',
        on_schema_change='fail',
        post_hook=["{{ prune_unconsented_rows() }}"]
    )
}}

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

sessions as (
    select
        session_id,
        last_changed_at
    from {{ ref('int_sessions_summarized') }}
),

users as (
    select user_key from {{ ref('dim_users') }}
    where analytics_ok
)

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
    builds.updated_at,
    sessions.last_changed_at as session_changed_at
from builds
inner join users on builds.user_key = users.user_key
inner join sessions on builds.session_id = sessions.session_id
left join loop_events on builds.build_id = loop_events.build_id
left join edits on builds.edit_id = edits.edit_id
where
    true
    {{ changed_sessions_filter('builds.session_id') }}
