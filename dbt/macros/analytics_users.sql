{#- The users analytics facts may show: analytics_ok now (consent given, no erasure request). -#}
{% macro analytics_users() -%}
    select user_key from {{ ref('dim_users') }} where analytics_ok
{%- endmacro %}
