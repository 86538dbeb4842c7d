-- Training candidates, grain: one chat session, all users (exports apply dim_users consent).
-- messages is the thread in seq order without regenerated-away turns.
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

threads as (
    select
        session_id,
        {{ ordered_turns('turn_index', 'role', 'message_text') }} as messages,
        sum(len(regexp_extract_all(message_text, '{{ var("placeholder_regex") }}')))
            as pii_placeholders
    from {{ ref('int_sessions_threaded') }}
    where is_in_thread
    group by session_id
)

select
    sessions.session_id as conversation_id,
    sessions.user_key,
    sessions.app_id,
    apps.stack,
    apps.template,
    sessions.started_at,
    cast(sessions.n_turns as integer) as n_turns,
    threads.messages,
    cast(sessions.edits_kept as integer) as edits_kept,
    cast(sessions.edits_reverted as integer) as edits_reverted,
    cast(sessions.builds_passed as integer) as builds_passed,
    cast(sessions.builds_failed as integer) as builds_failed,
    cast(sessions.fix_loops_resolved as integer) as fix_loops_resolved,
    cast(sessions.fix_loops_abandoned as integer) as fix_loops_abandoned,
    cast(sessions.thumbs_up as integer) as thumbs_up,
    cast(sessions.thumbs_down as integer) as thumbs_down,
    sessions.outcome,
    cast(coalesce(threads.pii_placeholders, 0) as integer) as pii_placeholders
from sessions
inner join threads on sessions.session_id = threads.session_id
left join apps on sessions.app_id = apps.app_id
