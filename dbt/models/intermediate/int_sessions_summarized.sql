-- One row per chat session: its turns, edits, builds, fix loops, feedback and outcome.
--   no_code     no code edits
--   success     last build passed, no abandoned/open fix loop, last edit not reverted
--   unresolved  ended on a failed build (or never built) or left a fix loop abandoned/open
--   reverted    otherwise: the last edit was reverted
-- last_changed_at (newest updated_at of anything in the session, or of its owner) drives the
-- incremental facts: a session is re-derived when anything in it changed.
with

sessions as (
    select * from {{ ref('stg_platform__chat_sessions') }}
),

users as (
    select
        user_key,
        updated_at
    from {{ ref('stg_platform__users') }}
),

turns as (
    select * from {{ ref('int_sessions_threaded') }}
),

edits as (
    select * from {{ ref('int_edits_resolved') }}
),

builds as (
    select * from {{ ref('stg_platform__builds') }}
),

runtime_errors as (
    select * from {{ ref('stg_platform__runtime_errors') }}
),

feedback as (
    select * from {{ ref('stg_platform__feedback') }}
),

fix_loops as (
    select * from {{ ref('int_fix_loops') }}
),

turn_stats as (
    select
        session_id,
        count(*) as n_messages,
        count(*) filter (where is_in_thread) as n_turns,
        count(*) filter (where is_in_thread and role = 'user') as n_user_turns,
        count(*) filter (where is_in_thread and role = 'assistant') as n_assistant_turns,
        count(*) filter (where regenerated_from_message_id is not null) as n_regenerations,
        sum(input_tokens) as input_tokens,
        sum(output_tokens) as output_tokens,
        {{ exact_sum('cost_usd') }} as cost_usd,
        max(created_at) as last_message_at,
        max(updated_at) as changed_at
    from turns
    group by session_id
),

edit_stats as (
    select
        session_id,
        count(*) as n_edits,
        count(*) filter (where edit_outcome = 'kept') as edits_kept,
        count(*) filter (where edit_outcome = 'reverted') as edits_reverted,
        count(*) filter (where edit_outcome = 'superseded') as edits_superseded,
        count(*) filter (where edit_outcome = 'regenerated') as edits_regenerated,
        arg_max(edit_outcome, edit_number) as last_edit_outcome,
        max(updated_at) as changed_at
    from edits
    group by session_id
),

build_stats as (
    select
        session_id,
        count(*) as n_builds,
        count(*) filter (where build_status = 'success') as builds_passed,
        count(*) filter (where build_status = 'failed') as builds_failed,
        arg_max(build_status, (created_at, build_id)) as last_build_status,
        max(updated_at) as changed_at
    from builds
    group by session_id
),

error_stats as (
    select
        session_id,
        count(*) as n_runtime_errors,
        max(updated_at) as changed_at
    from runtime_errors
    group by session_id
),

feedback_stats as (
    select
        session_id,
        count(*) filter (where feedback_kind = 'thumbs_up') as thumbs_up,
        count(*) filter (where feedback_kind = 'thumbs_down') as thumbs_down,
        count(*) filter (where feedback_kind = 'accept') as accepts,
        count(*) filter (where feedback_kind = 'revert') as reverts,
        count(*) filter (where feedback_kind = 'regenerate') as regenerate_requests,
        max(updated_at) as changed_at
    from feedback
    group by session_id
),

loop_stats as (
    select
        session_id,
        count(*) as fix_loops,
        count(*) filter (where loop_status = 'resolved') as fix_loops_resolved,
        count(*) filter (where loop_status = 'abandoned') as fix_loops_abandoned,
        count(*) filter (where loop_status = 'open') as fix_loops_open
    from fix_loops
    group by session_id
),

joined as (
    select
        sessions.session_id,
        sessions.app_id,
        sessions.user_key,
        sessions.started_at,
        sessions.ended_at,
        coalesce(turn_stats.n_messages, 0) as n_messages,
        coalesce(turn_stats.n_turns, 0) as n_turns,
        coalesce(turn_stats.n_user_turns, 0) as n_user_turns,
        coalesce(turn_stats.n_assistant_turns, 0) as n_assistant_turns,
        coalesce(turn_stats.n_regenerations, 0) as n_regenerations,
        coalesce(turn_stats.input_tokens, 0) as input_tokens,
        coalesce(turn_stats.output_tokens, 0) as output_tokens,
        coalesce(turn_stats.cost_usd, 0) as cost_usd,
        coalesce(edit_stats.n_edits, 0) as n_edits,
        coalesce(edit_stats.edits_kept, 0) as edits_kept,
        coalesce(edit_stats.edits_reverted, 0) as edits_reverted,
        coalesce(edit_stats.edits_superseded, 0) as edits_superseded,
        coalesce(edit_stats.edits_regenerated, 0) as edits_regenerated,
        edit_stats.last_edit_outcome,
        coalesce(build_stats.n_builds, 0) as n_builds,
        coalesce(build_stats.builds_passed, 0) as builds_passed,
        coalesce(build_stats.builds_failed, 0) as builds_failed,
        build_stats.last_build_status,
        coalesce(error_stats.n_runtime_errors, 0) as n_runtime_errors,
        coalesce(loop_stats.fix_loops, 0) as fix_loops,
        coalesce(loop_stats.fix_loops_resolved, 0) as fix_loops_resolved,
        coalesce(loop_stats.fix_loops_abandoned, 0) as fix_loops_abandoned,
        coalesce(loop_stats.fix_loops_open, 0) as fix_loops_open,
        coalesce(feedback_stats.thumbs_up, 0) as thumbs_up,
        coalesce(feedback_stats.thumbs_down, 0) as thumbs_down,
        coalesce(feedback_stats.accepts, 0) as accepts,
        coalesce(feedback_stats.reverts, 0) as reverts,
        coalesce(feedback_stats.regenerate_requests, 0) as regenerate_requests,
        greatest(
            sessions.updated_at,
            users.updated_at,
            turn_stats.changed_at,
            edit_stats.changed_at,
            build_stats.changed_at,
            error_stats.changed_at,
            feedback_stats.changed_at
        ) as last_changed_at
    from sessions
    left join users on sessions.user_key = users.user_key
    left join turn_stats on sessions.session_id = turn_stats.session_id
    left join edit_stats on sessions.session_id = edit_stats.session_id
    left join build_stats on sessions.session_id = build_stats.session_id
    left join error_stats on sessions.session_id = error_stats.session_id
    left join feedback_stats on sessions.session_id = feedback_stats.session_id
    left join loop_stats on sessions.session_id = loop_stats.session_id
)

select
    *,
    case
        when n_edits = 0 then 'no_code'
        when
            last_build_status = 'success'
            and fix_loops_abandoned + fix_loops_open = 0
            and last_edit_outcome != 'reverted'
            then 'success'
        when
            coalesce(last_build_status, 'none') != 'success'
            or fix_loops_abandoned + fix_loops_open > 0
            then 'unresolved'
        else 'reverted'
    end as outcome
from joined
