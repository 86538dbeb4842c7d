-- Training candidates, grain: one resolved fix loop whose fixing build came from a code edit:
-- the error (+ the edit that caused it) -> the edit that made the build pass and the assistant
-- turn that explained it. All users (exports apply dim_users consent).
--
-- Memory at scale: the narrow loop columns and edit / message ids are joined first; the texts
-- (error log, both diffs, the explanation) come in as rows keyed by the loop, joined onto the
-- narrow loops, and are picked out by one aggregate per loop. So every hash join builds on a
-- narrow table and the texts exist only inside the spilling aggregate. Joining the edits (with
-- their diffs) and the turns straight onto the loops made DuckDB build hash tables on them,
-- held whole: out of memory at 1M messages and a 384MB limit.
with

loops as (
    select * from {{ ref('int_fix_loops') }}
    where loop_status = 'resolved'
),

builds as (
    select
        build_id,
        edit_id
    from {{ ref('stg_platform__builds') }}
),

edits as (
    select
        edit_id,
        message_id,
        file_path,
        diff
    from {{ ref('stg_platform__code_edits') }}
),

turns as (
    select
        message_id,
        message_text
    from {{ ref('int_sessions_threaded') }}
),

apps as (
    select
        app_id,
        stack
    from {{ ref('stg_platform__apps') }}
),

narrow_loops as (
    select
        loops.* exclude (error_log),
        apps.stack,
        failing_build.edit_id as failing_edit_id,
        fix_build.edit_id as fix_edit_id
    from loops
    left join builds as failing_build on loops.failing_build_id = failing_build.build_id
    inner join builds as fix_build on loops.resolving_build_id = fix_build.build_id
    left join apps on loops.app_id = apps.app_id
),

-- the texts of each loop, one row each: part names which
texts as (
    select
        loop_id,
        'error' as part,
        null as file_path,
        error_log as content
    from loops
    union all
    select
        narrow_loops.loop_id,
        'failing' as part,
        edits.file_path,
        edits.diff as content
    from narrow_loops
    inner join edits on narrow_loops.failing_edit_id = edits.edit_id
    union all
    select
        narrow_loops.loop_id,
        'fix' as part,
        edits.file_path,
        edits.diff as content
    from narrow_loops
    inner join edits on narrow_loops.fix_edit_id = edits.edit_id
    union all
    select
        narrow_loops.loop_id,
        'explanation' as part,
        null as file_path,
        turns.message_text as content
    from narrow_loops
    inner join edits on narrow_loops.fix_edit_id = edits.edit_id
    inner join turns on edits.message_id = turns.message_id
)

select
    'bugfix_' || substr(md5(narrow_loops.loop_id), 1, 16) as pair_id,
    narrow_loops.loop_id,
    any_value(narrow_loops.user_key) as user_key,
    any_value(narrow_loops.session_id) as session_id,
    any_value(narrow_loops.app_id) as app_id,
    any_value(narrow_loops.stack) as stack,
    any_value(narrow_loops.error_source) as error_source,
    any_value(texts.content) filter (where texts.part = 'error') as error_log,
    coalesce(
        any_value(texts.file_path) filter (where texts.part = 'failing'),
        any_value(texts.file_path) filter (where texts.part = 'fix')
    ) as failing_file_path,
    any_value(texts.content) filter (where texts.part = 'failing') as failing_diff,
    any_value(texts.content) filter (where texts.part = 'fix') as fix_diff,
    any_value(texts.content) filter (where texts.part = 'explanation') as fix_explanation,
    any_value(narrow_loops.attempts) as attempts,
    any_value(narrow_loops.time_to_fix_s) as time_to_fix_s,
    any_value(narrow_loops.opened_at) as created_at
from narrow_loops
inner join texts on narrow_loops.loop_id = texts.loop_id
group by narrow_loops.loop_id
-- the fix edit is required (an inner join before)
having count(*) filter (where texts.part = 'fix') > 0
