{#
  Incremental facts are re-derived per chat session: on an incremental run every session whose
  last_changed_at (int_sessions_summarized) falls within var('lookback_days') of the newest
  change already loaded is rebuilt whole, so late feedback, late builds and consent changes
  reach old rows. Rows of users who are no longer analytics_ok (or were erased) are deleted by
  the post-hook prune_unconsented_rows, so a full refresh and a chain of incremental runs agree.

  A fact model calls incremental_session_fact_config(<primary key>) at the top, builds its
  columns in a CTE and ends with select_changed_session_rows(<that CTE>).
#}
{% macro incremental_session_fact_config(unique_key) -%}
    {{
        config(
            materialized='incremental',
            incremental_strategy='delete+insert',
            unique_key=unique_key,
            on_schema_change='fail',
            post_hook=["{{ prune_unconsented_rows() }}"]
        )
    }}
{% endmacro %}


{#- The rows of `relation` (one CTE with user_key and session_id) of analytics_ok users, plus
    session_changed_at, the high-water mark the next incremental run compares against. -#}
{% macro select_changed_session_rows(relation) -%}
select
    {{ relation }}.*,
    sessions.last_changed_at as session_changed_at
from {{ relation }}
inner join ({{ analytics_users() }}) as users on {{ relation }}.user_key = users.user_key
inner join {{ ref('int_sessions_summarized') }} as sessions
    on {{ relation }}.session_id = sessions.session_id
{%- if is_incremental() %}
where sessions.last_changed_at >= (
    select coalesce(max(session_changed_at), timestamptz '1970-01-01 00:00:00+00')
    from {{ this }}
) - to_days({{ var('lookback_days') | int }})
{%- endif %}
{% endmacro %}


{% macro prune_unconsented_rows() %}
    delete from {{ this }}
    where user_key not in ({{ analytics_users() }})
{% endmacro %}
