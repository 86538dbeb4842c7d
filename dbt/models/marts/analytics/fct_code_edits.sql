-- One row per code edit of an analytics_ok user, with its build and outcome
-- (incremental, re-derived per changed session).
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='edit_id',
        on_schema_change='fail',
        post_hook=["{{ prune_unconsented_rows() }}"]
    )
}}

with

edits as (
    select * from {{ ref('int_edits_resolved') }}
),

sessions as (
    select
        session_id,
        last_changed_at
    from {{ ref('int_sessions_summarized') }}
),

users as (
    select user_key from {{ ref('dim_users') }}
    where analytics_ok
)

select
    edits.edit_id,
    edits.message_id,
    edits.session_id,
    edits.app_id,
    edits.user_key,
    edits.edit_number,
    edits.file_path,
    edits.lines_added,
    edits.lines_removed,
    edits.build_id,
    edits.build_status,
    edits.is_accepted,
    edits.is_reverted,
    edits.reverted_at,
    edits.is_regenerated,
    edits.edit_outcome,
    edits.created_at,
    cast(edits.created_at as date) as edit_date,
    edits.updated_at,
    sessions.last_changed_at as session_changed_at
from edits
inner join users on edits.user_key = users.user_key
inner join sessions on edits.session_id = sessions.session_id
where
    true
    {{ changed_sessions_filter('edits.session_id') }}
