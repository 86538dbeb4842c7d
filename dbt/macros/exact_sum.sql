{#- Sum money exactly (decimal), so the result does not depend on row order: incremental and
    full-refresh builds must agree to the last digit. -#}
{% macro exact_sum(column, scale=8) -%}
    cast(sum(cast({{ column }} as decimal(18, {{ scale }}))) as double)
{%- endmacro %}
