-- One row per chat turn without its text, in session order: the user turn just before it, whether
-- it was regenerated away (another turn's regenerated_from points at it) and its turn number
-- among the turns still in the thread. The narrow input of int_sessions_threaded, kept as a
-- table: that model reads it several times, and DuckDB holds a CTE read more than once in
-- memory whole (a table is scanned again instead). Both windows share one sort (same partition
-- and order) and carry the narrow columns only.
with

messages as (
    select * exclude (message_text) from {{ ref('stg_platform__messages') }}
),

regenerated_away as (
    select distinct regenerated_from_message_id as message_id
    from {{ ref('stg_platform__messages') }}
    where regenerated_from_message_id is not null
),

flagged as (
    select
        messages.*,
        regenerated_away.message_id is not null as is_regenerated_away
    from messages
    left join regenerated_away on messages.message_id = regenerated_away.message_id
)

select
    *,
    last_value(case when role = 'user' then message_id end ignore nulls) over session_order_before
        as preceding_user_message_id,
    -- the position among the session's turns still in the thread (regenerated-away turns have none)
    case
        when not is_regenerated_away
            then count(*) filter (where not is_regenerated_away) over session_order_through
    end as turn_index
from flagged
window
    session_order_before as (
        partition by session_id order by seq, created_at, message_id
        rows between unbounded preceding and 1 preceding
    ),
    session_order_through as (
        partition by session_id order by seq, created_at, message_id
        rows between unbounded preceding and current row
    )
