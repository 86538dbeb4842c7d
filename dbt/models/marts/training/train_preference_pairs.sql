-- Training candidates, grain: one (chosen, rejected) pair of assistant turns answering the
-- same user prompt. Answers to one prompt are a regeneration chain; the surviving answer is
-- chosen, every answer regenerated away is rejected. signal names the strongest judgement on
-- the rejected answer: revert (its edit was reverted) > thumbs (thumbs down) > regenerate.
-- A chain whose surviving answer was itself reverted or thumbed down gives no pair.
-- The *_builds_passed / endorsed / reverted / thumbed_down columns are what happened after
-- each answer: the export turns them into outcomes and a margin (null builds = no edit).
with

-- read where needed, never held whole: the texts join on only after the pairs are chosen
turns as not materialized (
    select * from {{ ref('int_sessions_threaded') }}
),

edits as (
    select
        message_id,
        bool_or(is_reverted) as any_edit_reverted,
        bool_or(is_accepted) as any_edit_accepted,
        -- null when the answer made no edit
        bool_and(build_status = 'success') as builds_passed
    from {{ ref('int_edits_resolved') }}
    group by message_id
),

judgements as (
    select
        message_id,
        bool_or(feedback_kind = 'revert') as reverted,
        bool_or(feedback_kind = 'thumbs_down') as thumbs_down,
        bool_or(feedback_kind in ('thumbs_up', 'accept')) as endorsed
    from {{ ref('stg_platform__feedback') }}
    where message_id is not null
    group by message_id
),

answers as (
    select
        turns.* exclude (message_text),
        coalesce(judgements.reverted, false) or coalesce(edits.any_edit_reverted, false)
            as is_reverted,
        coalesce(judgements.thumbs_down, false) as is_thumbed_down,
        coalesce(judgements.endorsed, false) or coalesce(edits.any_edit_accepted, false)
            as is_endorsed,
        edits.builds_passed
    from turns
    left join judgements on turns.message_id = judgements.message_id
    left join edits on turns.message_id = edits.message_id
    where turns.role = 'assistant'
),

pairs as (
    select
        chosen.session_id,
        chosen.user_key,
        chosen.prompt_message_id,
        chosen.message_id as chosen_message_id,
        rejected.message_id as rejected_message_id,
        case
            when rejected.is_reverted then 'revert'
            when rejected.is_thumbed_down then 'thumbs'
            else 'regenerate'
        end as signal,
        chosen.builds_passed as chosen_builds_passed,
        rejected.builds_passed as rejected_builds_passed,
        chosen.is_endorsed as chosen_endorsed,
        rejected.is_reverted as rejected_reverted,
        rejected.is_thumbed_down as rejected_thumbed_down,
        greatest(chosen.created_at, rejected.created_at) as created_at
    from answers as rejected
    inner join answers as chosen
        on
            rejected.final_message_id = chosen.message_id
            and rejected.message_id != chosen.message_id
    where
        rejected.is_regenerated_away
        and not chosen.is_reverted
        and not chosen.is_thumbed_down
),

-- only the prompts that have a pair need their (quadratic) context
prompts as (
    select
        message_id,
        seq,
        session_id,
        message_text
    from turns
    where role = 'user' and message_id in (select pairs.prompt_message_id from pairs)
),

contexts as (
    select
        prompts.message_id as prompt_message_id,
        {{ ordered_turns(
            'earlier.turn_index', 'earlier.role', 'earlier.message_text',
            filter='earlier.message_id is not null'
        ) }} as context
    from prompts
    left join turns as earlier
        on
            prompts.session_id = earlier.session_id
            and earlier.is_in_thread
            and prompts.seq > earlier.seq
    group by prompts.message_id
)

select
    'pref_' || substr(md5(pairs.rejected_message_id || '>' || pairs.chosen_message_id), 1, 16)
        as pair_id,
    pairs.user_key,
    pairs.session_id,
    pairs.prompt_message_id,
    prompts.message_text as prompt,
    coalesce(contexts.context, []) as context,
    chosen_turns.message_text as chosen,
    rejected_turns.message_text as rejected,
    pairs.chosen_message_id,
    pairs.rejected_message_id,
    pairs.signal,
    pairs.chosen_builds_passed,
    pairs.rejected_builds_passed,
    pairs.chosen_endorsed,
    pairs.rejected_reverted,
    pairs.rejected_thumbed_down,
    pairs.created_at
from pairs
inner join prompts on pairs.prompt_message_id = prompts.message_id
left join contexts on pairs.prompt_message_id = contexts.prompt_message_id
inner join turns as chosen_turns on pairs.chosen_message_id = chosen_turns.message_id
inner join turns as rejected_turns on pairs.rejected_message_id = rejected_turns.message_id
