-- Every chat turn belongs to an existing session and falls inside its time window.
with

turns as (
    select * from {{ ref('int_sessions_threaded') }}
),

sessions as (
    select * from {{ ref('stg_platform__chat_sessions') }}
)

select
    turns.message_id,
    turns.session_id,
    turns.created_at,
    sessions.started_at,
    sessions.ended_at,
    case
        when sessions.session_id is null then 'no such session'
        when turns.created_at < sessions.started_at then 'before session start'
        else 'after session end'
    end as problem
from turns
left join sessions on turns.session_id = sessions.session_id
where
    sessions.session_id is null
    or turns.created_at < sessions.started_at
    or turns.created_at > sessions.ended_at
