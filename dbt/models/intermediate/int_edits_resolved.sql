-- One row per code edit with its build and what became of it:
--   reverted     a revert feedback names the edit (or its turn, when no edit is named)
--   regenerated  the turn that made it was regenerated away
--   superseded   a later surviving edit in the same session rewrote the same file
--   kept         none of the above: the change stood at the end of the session
with

edits as (
    select * from {{ ref('stg_platform__code_edits') }}
),

builds as (
    select * from {{ ref('stg_platform__builds') }}
    where edit_id is not null
    -- one build per edit by contract; keep the first if a retry ever shows up
    qualify row_number() over (partition by edit_id order by created_at, build_id) = 1
),

feedback as (
    select * from {{ ref('stg_platform__feedback') }}
    where feedback_kind in ('revert', 'accept')
),

turns as (
    select
        message_id,
        is_regenerated_away
    from {{ ref('int_sessions_threaded') }}
),

-- feedback naming the edit, or naming only its turn (two equi-joins: an OR join would be a
-- nested loop over every edit and every feedback row)
edit_feedback as (
    select
        edits.edit_id,
        feedback.feedback_kind,
        feedback.created_at
    from edits
    inner join feedback on edits.edit_id = feedback.edit_id
    union all
    select
        edits.edit_id,
        feedback.feedback_kind,
        feedback.created_at
    from edits
    inner join feedback on edits.message_id = feedback.message_id
    where feedback.edit_id is null
),

judged as (
    select
        edit_id,
        min(case when feedback_kind = 'revert' then created_at end) as reverted_at,
        bool_or(feedback_kind = 'accept') as is_accepted
    from edit_feedback
    group by edit_id
),

-- the window below sorts whole sessions: it carries the narrow columns only and the diff (the
-- one wide column) is joined back after it, so the sort stays small enough to spill at scale
flagged as (
    select
        edits.* exclude (diff),
        builds.build_id,
        builds.build_status,
        builds.created_at as build_created_at,
        coalesce(judged.is_accepted, false) as is_accepted,
        judged.reverted_at,
        judged.reverted_at is not null as is_reverted,
        coalesce(turns.is_regenerated_away, false) as is_regenerated
    from edits
    left join builds on edits.edit_id = builds.edit_id
    left join judged on edits.edit_id = judged.edit_id
    left join turns on edits.message_id = turns.message_id
),

diffs as (
    select
        edit_id as diff_edit_id,
        diff
    from edits
),

ranked as (
    select
        *,
        case
            when not is_reverted and not is_regenerated
                then row_number() over (
                    partition by session_id, file_path, (not is_reverted and not is_regenerated)
                    order by created_at desc, edit_id desc
                )
        end as surviving_rank_in_file,
        row_number() over (partition by session_id order by created_at, edit_id)
            as edit_number
    from flagged
)

select
    edit_id,
    message_id,
    session_id,
    app_id,
    user_key,
    edit_number,
    file_path,
    diff,
    lines_added,
    lines_removed,
    build_id,
    build_status,
    build_created_at,
    is_accepted,
    is_reverted,
    reverted_at,
    is_regenerated,
    case
        when is_reverted then 'reverted'
        when is_regenerated then 'regenerated'
        when surviving_rank_in_file > 1 then 'superseded'
        else 'kept'
    end as edit_outcome,
    created_at,
    updated_at
from ranked
inner join diffs on ranked.edit_id = diffs.diff_edit_id
