-- Training candidates, grain: one resolved fix loop whose fixing build came from a code edit:
-- the error (+ the edit that caused it) -> the edit that made the build pass and the assistant
-- turn that explained it. All users (exports apply dim_users consent).
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
)

select
    'bugfix_' || substr(md5(loops.loop_id), 1, 16) as pair_id,
    loops.loop_id,
    loops.user_key,
    loops.session_id,
    loops.app_id,
    apps.stack,
    loops.error_source,
    loops.error_log,
    coalesce(failing_edit.file_path, fix_edit.file_path) as failing_file_path,
    failing_edit.diff as failing_diff,
    fix_edit.diff as fix_diff,
    fix_turn.message_text as fix_explanation,
    loops.attempts,
    loops.time_to_fix_s,
    loops.opened_at as created_at
from loops
left join builds as failing_build on loops.failing_build_id = failing_build.build_id
left join edits as failing_edit on failing_build.edit_id = failing_edit.edit_id
inner join builds as fix_build on loops.resolving_build_id = fix_build.build_id
inner join edits as fix_edit on fix_build.edit_id = fix_edit.edit_id
left join turns as fix_turn on fix_edit.message_id = fix_turn.message_id
left join apps on loops.app_id = apps.app_id
