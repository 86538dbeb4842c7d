{#
  Incremental facts are re-derived per chat session: on an incremental run every session whose
  last_changed_at (int_sessions_summarized) falls within var('lookback_days') of the newest
  change already loaded is rebuilt whole, so late feedback, late builds and consent changes
  reach old rows. Rows of users who are no longer analytics_ok (or were erased) are deleted by
  the post-hook prune_unconsented_rows, so a full refresh and a chain of incremental runs agree.
#}
{% macro changed_sessions_filter(session_column='session_id') %}
    {%- if is_incremental() %}
    and {{ session_column }} in (
        select session_id
        from {{ ref('int_sessions_summarized') }}
        where last_changed_at >= (
            select coalesce(max(session_changed_at), timestamptz '1970-01-01 00:00:00+00')
            from {{ this }}
        ) - to_days({{ var('lookback_days') | int }})
    )
    {%- endif %}
{% endmacro %}


{% macro prune_unconsented_rows() %}
    delete from {{ this }}
    where user_key not in (select user_key from {{ ref('dim_users') }} where analytics_ok)
{% endmacro %}
