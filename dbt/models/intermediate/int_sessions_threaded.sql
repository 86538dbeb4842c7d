-- One row per chat turn, in thread order, with what the turn answers and whether it survived.
-- An assistant turn that was regenerated (another turn's regenerated_from points at it) is
-- "regenerated away": it stays here for preference pairs but leaves the thread.
with recursive

-- every column but the text: this CTE is read five times, so DuckDB materialises it, and a
-- materialised CTE is held in memory
messages as (
    select * exclude (message_text) from {{ ref('stg_platform__messages') }}
),

sessions as (
    select
        session_id,
        app_id
    from {{ ref('stg_platform__chat_sessions') }}
),

-- the windows below sort whole sessions: they carry the narrow columns only and the message
-- text (the one wide column) is joined back at the end, so the sorts stay small enough to spill
texts as (
    select
        message_id as text_message_id,
        message_text
    from {{ ref('stg_platform__messages') }}
),

ordered as (
    select
        *,
        -- the user turn an assistant turn answers: the closest earlier user turn
        last_value(case when role = 'user' then message_id end ignore nulls) over (
            partition by session_id order by seq, created_at, message_id
            rows between unbounded preceding and 1 preceding
        ) as preceding_user_message_id
    from messages
),

-- walk regenerated_from back to the original turn; depth bound guards against bad cycles.
-- Only chains are walked: the start rows are originals that some turn regenerates (a recursive
-- CTE's working set cannot spill, so seeding it with every message ran out of memory at scale);
-- a turn in no chain is its own root (the coalesce in `flagged`).
regeneration_chain (message_id, root_message_id, depth) as (
    select
        message_id,
        message_id as root_message_id,
        0 as depth
    from messages
    where
        regenerated_from_message_id is null
        and message_id in (
            select regenerated_from_message_id from messages
            where regenerated_from_message_id is not null
        )
    union all
    select
        child.message_id,
        chain.root_message_id,
        chain.depth + 1 as depth
    from messages as child
    inner join regeneration_chain as chain
        on child.regenerated_from_message_id = chain.message_id
    where chain.depth < 100
),

regenerated_away as (
    select distinct regenerated_from_message_id as message_id
    from messages
    where regenerated_from_message_id is not null
),

flagged as (
    select
        ordered.*,
        coalesce(chain.root_message_id, ordered.message_id) as root_message_id,
        regenerated_away.message_id is not null as is_regenerated_away
    from ordered
    left join regeneration_chain as chain on ordered.message_id = chain.message_id
    left join regenerated_away on ordered.message_id = regenerated_away.message_id
),

answered as (
    select
        flagged.*,
        case
            when flagged.role = 'assistant' then root.preceding_user_message_id
        end as prompt_message_id
    from flagged
    left join ordered as root on flagged.root_message_id = root.message_id
),

-- turn numbers before the text joins back (a window sorts every column it carries)
numbered as (
    select
        answered_rows.*,
        case
            when not answered_rows.is_regenerated_away
                then row_number() over (
                    partition by answered_rows.session_id, answered_rows.is_regenerated_away
                    order by
                        answered_rows.seq, answered_rows.created_at, answered_rows.message_id
                )
        end as turn_index
    from answered as answered_rows
),

-- the surviving answer of each regeneration chain (the latest one not regenerated away)
final_answers as (
    select
        root_message_id,
        message_id as final_message_id
    from answered
    where role = 'assistant' and not is_regenerated_away
    qualify row_number() over (
        partition by root_message_id order by seq desc, created_at desc, message_id desc
    ) = 1
)

select
    answered.message_id,
    answered.session_id,
    sessions.app_id,
    answered.user_key,
    answered.seq,
    answered.turn_index,
    answered.role,
    texts.message_text,
    answered.model_name,
    answered.latency_ms,
    answered.input_tokens,
    answered.output_tokens,
    answered.cost_usd,
    answered.regenerated_from_message_id,
    answered.root_message_id,
    final_answers.final_message_id,
    answered.is_regenerated_away,
    not answered.is_regenerated_away as is_in_thread,
    answered.prompt_message_id,
    answered.created_at,
    answered.updated_at
from numbered as answered
left join sessions on answered.session_id = sessions.session_id
left join final_answers on answered.root_message_id = final_answers.root_message_id
inner join texts on answered.message_id = texts.text_message_id
