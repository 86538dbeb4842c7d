-- The chosen and the rejected answer of every preference pair are assistant turns of the pair's
-- session, and both answer the pair's prompt: the closest user turn before each of them (or
-- before the turn it regenerates) is prompt_message_id, computed here from the raw turn order.
with

pairs as (
    select * from {{ ref('train_preference_pairs') }}
),

messages as (
    select * from {{ ref('stg_platform__messages') }}
),

answers as (
    select
        answer.message_id,
        answer.session_id,
        answer.role,
        (
            select prompt.message_id
            from messages as prompt
            where
                prompt.session_id = answer.session_id
                and prompt.role = 'user'
                and prompt.seq < coalesce(original.seq, answer.seq)
            order by prompt.seq desc
            limit 1
        ) as answered_prompt_id
    from messages as answer
    left join messages as original
        on answer.regenerated_from_message_id = original.message_id
)

select
    pairs.pair_id,
    pairs.prompt_message_id,
    chosen.answered_prompt_id as chosen_prompt,
    rejected.answered_prompt_id as rejected_prompt
from pairs
left join answers as chosen on pairs.chosen_message_id = chosen.message_id
left join answers as rejected on pairs.rejected_message_id = rejected.message_id
where
    chosen.message_id is null
    or rejected.message_id is null
    or chosen.role != 'assistant'
    or rejected.role != 'assistant'
    or chosen.session_id != pairs.session_id
    or rejected.session_id != pairs.session_id
    or chosen.answered_prompt_id is distinct from pairs.prompt_message_id
    or rejected.answered_prompt_id is distinct from pairs.prompt_message_id
    or pairs.chosen_message_id = pairs.rejected_message_id
