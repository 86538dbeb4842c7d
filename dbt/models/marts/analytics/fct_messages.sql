-- One row per chat turn of an analytics_ok user (incremental, re-derived per changed session).
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='message_id',
        on_schema_change='fail',
        post_hook=["{{ prune_unconsented_rows() }}"]
    )
}}

with

turns as (
    select * from {{ ref('int_sessions_threaded') }}
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
    turns.message_id,
    turns.session_id,
    turns.app_id,
    turns.user_key,
    turns.seq,
    turns.turn_index,
    turns.role,
    turns.message_text,
    length(turns.message_text) as text_chars,
    turns.model_name,
    turns.latency_ms,
    turns.input_tokens,
    turns.output_tokens,
    turns.cost_usd,
    turns.regenerated_from_message_id,
    turns.is_regenerated_away,
    turns.prompt_message_id,
    turns.created_at,
    cast(turns.created_at as date) as message_date,
    turns.updated_at,
    sessions.last_changed_at as session_changed_at
from turns
inner join users on turns.user_key = users.user_key
inner join sessions on turns.session_id = sessions.session_id
where
    true
    {{ changed_sessions_filter('turns.session_id') }}
