-- One row per UTC day and model: assistant responses, latency percentiles, tokens, cost.
with

responses as (
    select *
    from {{ ref('fct_messages') }}
    where role = 'assistant' and model_name is not null
)

select
    message_date as usage_date,
    model_name,
    cast(count(*) as integer) as responses,
    cast(count(*) filter (where is_regenerated_away) as integer) as responses_regenerated_away,
    quantile_cont(latency_ms, 0.5) as latency_p50_ms,
    quantile_cont(latency_ms, 0.95) as latency_p95_ms,
    cast(sum(input_tokens) as bigint) as input_tokens,
    cast(sum(output_tokens) as bigint) as output_tokens,
    {{ exact_sum('cost_usd') }} as cost_usd,
    {{ exact_sum('cost_usd') }} / nullif(count(*), 0) as cost_per_response_usd
from responses
group by 1, 2
