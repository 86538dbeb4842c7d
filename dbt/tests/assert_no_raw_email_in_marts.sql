-- No raw e-mail address survives in any text column of any mart (nested message lists are
-- checked through their text rendering). Redaction placeholders contain no '@' and pass.
{%- set marts = [
    ref('dim_users'), ref('dim_apps'), ref('fct_sessions'), ref('fct_messages'),
    ref('fct_code_edits'), ref('fct_builds'), ref('fct_fix_loops'), ref('mart_daily_activity'),
    ref('mart_model_usage'), ref('mart_fix_loop_funnel'), ref('mart_pipeline_runs'),
    ref('train_sft_conversations'), ref('train_bugfix_pairs'), ref('train_preference_pairs'),
] %}
{%- set checks = [] %}
{%- if execute %}
    {%- for relation in marts %}
        {%- for column in adapter.get_columns_in_relation(relation) %}
            {%- if 'VARCHAR' in column.dtype | upper or 'JSON' in column.dtype | upper %}
                {%- do checks.append((relation, column.name)) %}
            {%- endif %}
        {%- endfor %}
    {%- endfor %}
{%- endif %}

{%- if checks %}
{%- for relation, column_name in checks %}
select
    '{{ relation.identifier }}' as mart,
    '{{ column_name }}' as column_name,
    left(regexp_extract(cast({{ adapter.quote(column_name) }} as varchar), '{{ var("email_regex") }}'), 3)
        || '***' as masked_match
from {{ relation }}
where regexp_matches(cast({{ adapter.quote(column_name) }} as varchar), '{{ var("email_regex") }}')
{{ "union all" if not loop.last }}
{%- endfor %}
{%- else %}
select null as mart, null as column_name, null as masked_match where false
{%- endif %}
