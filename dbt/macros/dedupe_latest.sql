{#-
  The latest version of each row of a staging CTE: a lake table holds every load, and a row
  re-emitted later (same primary key) supersedes the earlier one. The latest updated_at wins,
  ties go to the later lake file (file names sort by day, then part; clean_source lists the
  files in name order, so _lake_file_index follows it), then the later row in it; the
  bookkeeping columns (_lake_file_index, _lake_row) are dropped.

  The window ranks only the narrow keys and the winners are semi-joined back: a window over the
  whole row sorts every column (message text, diffs) and ran out of memory at scale, while the
  semi join streams the wide rows past a hash table of the winning (file index, row) keys, two
  integers (file names are long: they stay out of the window and the hash table). The caller's
  CTEs must be `as not materialized`, or DuckDB holds the whole relation in memory to read it
  twice.
-#}
{% macro dedupe_latest(relation, primary_key) -%}
select {{ relation }}.* exclude (_lake_file_index, _lake_row)
from {{ relation }}
semi join (
    select
        _lake_file_index,
        _lake_row
    from {{ relation }}
    qualify row_number() over (
        partition by {{ primary_key }} order by updated_at desc, _lake_file_index desc, _lake_row desc
    ) = 1
) as latest
    on
        {{ relation }}._lake_file_index = latest._lake_file_index
        and {{ relation }}._lake_row = latest._lake_row
{%- endmacro %}
