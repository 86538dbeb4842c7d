-- One row per chat turn of an analytics_ok user (incremental, re-derived per changed session).
{{ incremental_session_fact_config('message_id') }}

with

turns as (
    select * from {{ ref('int_sessions_threaded') }}
),

fact as (
    select
        message_id,
        session_id,
        app_id,
        user_key,
        seq,
        turn_index,
        role,
        message_text,
        length(message_text) as text_chars,
        model_name,
        latency_ms,
        input_tokens,
        output_tokens,
        cost_usd,
        regenerated_from_message_id,
        is_regenerated_away,
        prompt_message_id,
        created_at,
        cast(created_at as date) as message_date,
        updated_at
    from turns
)

{{ select_changed_session_rows('fact') }}
