{#-
  The latest version of each row of a staging CTE: a lake table holds every load, and a row
  re-emitted later (same primary key) supersedes the earlier one. The latest updated_at wins,
  ties go to the later lake file; the _lake_file bookkeeping column is dropped.
-#}
{% macro dedupe_latest(relation, primary_key) -%}
select * exclude (_lake_file)
from {{ relation }}
qualify row_number() over (
    partition by {{ primary_key }} order by updated_at desc, _lake_file desc
) = 1
{%- endmacro %}
