-- One row per chat session of an analytics_ok user.
with

sessions as (
    select * from {{ ref('int_sessions_summarized') }}
),

apps as (
    select
        app_id,
        stack,
        template
    from {{ ref('dim_apps') }}
),

users as (
    {{ analytics_users() }}
)

select
    sessions.session_id,
    sessions.app_id,
    sessions.user_key,
    apps.stack,
    apps.template,
    sessions.started_at,
    sessions.ended_at,
    cast(sessions.started_at as date) as session_date,
    cast(epoch(sessions.ended_at) - epoch(sessions.started_at) as double) as duration_s,
    sessions.n_messages,
    sessions.n_turns,
    sessions.n_user_turns,
    sessions.n_assistant_turns,
    sessions.n_regenerations,
    sessions.input_tokens,
    sessions.output_tokens,
    sessions.cost_usd,
    sessions.n_edits,
    sessions.edits_kept,
    sessions.edits_reverted,
    sessions.edits_superseded,
    sessions.edits_regenerated,
    sessions.n_builds,
    sessions.builds_passed,
    sessions.builds_failed,
    sessions.last_build_status,
    sessions.n_runtime_errors,
    sessions.fix_loops,
    sessions.fix_loops_resolved,
    sessions.fix_loops_abandoned,
    sessions.fix_loops_open,
    sessions.thumbs_up,
    sessions.thumbs_down,
    sessions.accepts,
    sessions.reverts,
    sessions.outcome
from sessions
inner join users on sessions.user_key = users.user_key
left join apps on sessions.app_id = apps.app_id
