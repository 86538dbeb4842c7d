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

-- the prompt of each pair (a user turn, else no pair) and where its context ends; narrow
prompts as (
    select
        message_id,
        seq
    from turns
    where role = 'user' and message_id in (select pairs.prompt_message_id from pairs)
),

pair_prompts as (
    select
        pairs.*,
        prompts.seq as prompt_seq
    from pairs
    inner join prompts on pairs.prompt_message_id = prompts.message_id
)

-- Memory at scale: the narrow pairs join onto the session's turns before one aggregate per
-- pair, which gathers the (quadratic) context and the prompt, chosen and rejected texts, so
-- the hash joins build on narrow tables and the texts exist only inside the spilling
-- aggregate. Aggregating the contexts per prompt and joining them and the texts to the pairs
-- made DuckDB build hash tables on the contexts, held whole: out of memory at 1M messages and
-- a 384MB limit. (The prompt and both answers are in the pair's session.)
select
    'pref_' || substr(
        md5(pair_prompts.rejected_message_id || '>' || any_value(pair_prompts.chosen_message_id)),
        1,
        16
    ) as pair_id,
    any_value(pair_prompts.user_key) as user_key,
    any_value(pair_prompts.session_id) as session_id,
    any_value(pair_prompts.prompt_message_id) as prompt_message_id,
    any_value(session_turns.message_text) filter (
        where session_turns.message_id = pair_prompts.prompt_message_id
    ) as prompt,
    coalesce(
        {{ ordered_turns(
            'session_turns.turn_index', 'session_turns.role', 'session_turns.message_text',
            filter='session_turns.is_in_thread and session_turns.seq < pair_prompts.prompt_seq'
        ) }},
        []
    ) as context,
    any_value(session_turns.message_text) filter (
        where session_turns.message_id = pair_prompts.chosen_message_id
    ) as chosen,
    any_value(session_turns.message_text) filter (
        where session_turns.message_id = pair_prompts.rejected_message_id
    ) as rejected,
    any_value(pair_prompts.chosen_message_id) as chosen_message_id,
    pair_prompts.rejected_message_id,
    any_value(pair_prompts.signal) as signal,
    any_value(pair_prompts.chosen_builds_passed) as chosen_builds_passed,
    any_value(pair_prompts.rejected_builds_passed) as rejected_builds_passed,
    any_value(pair_prompts.chosen_endorsed) as chosen_endorsed,
    any_value(pair_prompts.rejected_reverted) as rejected_reverted,
    any_value(pair_prompts.rejected_thumbed_down) as rejected_thumbed_down,
    any_value(pair_prompts.created_at) as created_at
from pair_prompts
inner join turns as session_turns
    on
        pair_prompts.session_id = session_turns.session_id
        and (
            (session_turns.is_in_thread and session_turns.seq < pair_prompts.prompt_seq)
            or session_turns.message_id in (
                pair_prompts.prompt_message_id,
                pair_prompts.chosen_message_id,
                pair_prompts.rejected_message_id
            )
        )
group by pair_prompts.rejected_message_id
