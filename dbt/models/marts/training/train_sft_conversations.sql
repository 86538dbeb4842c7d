-- Training candidates, grain: one chat session, all users (exports apply dim_users consent).
-- messages is the thread in seq order without regenerated-away turns.
--
-- Memory at scale: the narrow session columns join onto every turn before the aggregate, so
-- the hash joins build on small tables and the conversations (the whole thread's text) exist
-- only inside the spilling aggregate. Joining the aggregated conversations to the sessions
-- made DuckDB build the join's hash table on them, held whole: out of memory at 1M messages
-- and a 512MB limit.
with

sessions as (
    select * from {{ ref('int_sessions_summarized') }}
),

apps as (
    select
        app_id,
        stack,
        template
    from {{ ref('stg_platform__apps') }}
),

turns as (
    select
        session_id,
        turn_index,
        role,
        message_text
    from {{ ref('int_sessions_threaded') }}
    where is_in_thread
)

select
    sessions.session_id as conversation_id,
    -- one session per group: any_value is the session's value (grouping by the session id alone
    -- keeps the aggregate's keys narrow; grouping by every column took ~2x as long at 1M)
    any_value(sessions.user_key) as user_key,
    any_value(sessions.app_id) as app_id,
    any_value(apps.stack) as stack,
    any_value(apps.template) as template,
    any_value(sessions.started_at) as started_at,
    cast(any_value(sessions.n_turns) as integer) as n_turns,
    {{ ordered_turns('turns.turn_index', 'turns.role', 'turns.message_text') }} as messages,
    cast(any_value(sessions.edits_kept) as integer) as edits_kept,
    cast(any_value(sessions.edits_reverted) as integer) as edits_reverted,
    cast(any_value(sessions.builds_passed) as integer) as builds_passed,
    cast(any_value(sessions.builds_failed) as integer) as builds_failed,
    cast(any_value(sessions.fix_loops_resolved) as integer) as fix_loops_resolved,
    cast(any_value(sessions.fix_loops_abandoned) as integer) as fix_loops_abandoned,
    cast(any_value(sessions.thumbs_up) as integer) as thumbs_up,
    cast(any_value(sessions.thumbs_down) as integer) as thumbs_down,
    any_value(sessions.outcome) as outcome,
    cast(
        coalesce(
            sum(len(regexp_extract_all(turns.message_text, '{{ var("placeholder_regex") }}'))), 0
        ) as integer
    ) as pii_placeholders
from turns
inner join sessions on turns.session_id = sessions.session_id
left join apps on sessions.app_id = apps.app_id
group by sessions.session_id
