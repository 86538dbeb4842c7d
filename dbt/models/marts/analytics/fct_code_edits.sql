-- One row per code edit of an analytics_ok user, with its build and outcome
-- (incremental, re-derived per changed session).
{{ incremental_session_fact_config('edit_id') }}

with

edits as (
    select * from {{ ref('int_edits_resolved') }}
),

fact as (
    select
        edit_id,
        message_id,
        session_id,
        app_id,
        user_key,
        edit_number,
        file_path,
        lines_added,
        lines_removed,
        build_id,
        build_status,
        is_accepted,
        is_reverted,
        reverted_at,
        is_regenerated,
        edit_outcome,
        created_at,
        cast(created_at as date) as edit_date,
        updated_at
    from edits
)

{{ select_changed_session_rows('fact') }}
