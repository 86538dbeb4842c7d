{#-
  A conversation as list(struct(role, content)) in `order_by` order, aggregated without an
  ordered aggregate: `list(... order by x)` buffers every group's rows and cannot spill, which
  ran out of memory at scale, while a plain `list()` spills with the hash aggregate. Each turn
  carries its `order_by` value (unique within the group) first, list_sort puts the turns in that
  order and the key is dropped again. `filter` is an optional FILTER condition of the aggregate.
-#}
{% macro ordered_turns(order_by, role, content, filter=none) -%}
list_transform(
    list_sort(
        list(struct_pack(turn_order := {{ order_by }}, role := {{ role }}, content := {{ content }}))
        {%- if filter %} filter (where {{ filter }}){% endif %}
    ),
    lambda turn: struct_pack(role := turn.role, content := turn.content)
)
{%- endmacro %}
