{#- No value of the column matches the (RE2) regex, e.g. a raw e-mail address. -#}
{% test not_matching_regex(model, column_name, regex) %}
select {{ column_name }}
from {{ model }}
where regexp_matches(cast({{ column_name }} as varchar), '{{ regex | replace("'", "''") }}')
{% endtest %}
