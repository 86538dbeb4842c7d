-- One row per turn in a regeneration chain (an original some turn regenerates, and every turn
-- regenerated from it, transitively), with what the whole chain shares: its root (the original
-- turn), the user turn before the root (the prompt every answer of the chain answers) and its
-- surviving answer (the latest assistant turn not regenerated away). Small (only the turns in a
-- chain) and kept as a table, so int_sessions_threaded streams every turn past it.
with recursive

ordered as not materialized (
    select * from {{ ref('int_messages_ordered') }}
),

-- the turns that regenerate another one (a recursive CTE's working set cannot spill: only
-- these are walked)
regenerations as not materialized (
    select
        message_id,
        regenerated_from_message_id
    from ordered
    where regenerated_from_message_id is not null
),

-- walk regenerated_from back to the original turn; depth bound guards against bad cycles.
-- The start rows are originals that some turn regenerates; a turn in no chain is its own root.
regeneration_chain (message_id, root_message_id, depth) as (
    select
        message_id,
        message_id as root_message_id,
        0 as depth
    from ordered
    where
        regenerated_from_message_id is null
        and message_id in (select regenerations.regenerated_from_message_id from regenerations)
    union all
    select
        child.message_id,
        chain.root_message_id,
        chain.depth + 1 as depth
    from regenerations as child
    inner join regeneration_chain as chain
        on child.regenerated_from_message_id = chain.message_id
    where chain.depth < 100
),

-- the turns of every chain, with what the whole chain shares: the user turn before its original
-- (the prompt) and its surviving answer (the latest assistant turn not regenerated away)
chain_turns as (
    select
        chain.message_id,
        chain.root_message_id,
        root.preceding_user_message_id as chain_prompt_message_id,
        member.role,
        member.is_regenerated_away,
        member.seq,
        member.created_at
    from regeneration_chain as chain
    inner join ordered as member on chain.message_id = member.message_id
    inner join ordered as root on chain.root_message_id = root.message_id
),

chain_finals as (
    select
        root_message_id,
        message_id as final_message_id
    from chain_turns
    where role = 'assistant' and not is_regenerated_away
    qualify row_number() over (
        partition by root_message_id order by seq desc, created_at desc, message_id desc
    ) = 1
)

select
    chain_turns.message_id,
    chain_turns.root_message_id,
    chain_turns.chain_prompt_message_id,
    chain_finals.final_message_id as chain_final_message_id
from chain_turns
left join chain_finals on chain_turns.root_message_id = chain_finals.root_message_id
