-- One row per UTC day from the first to the last day with any activity (analytics_ok users).
with

messages as (
    select * from {{ ref('fct_messages') }}
),

sessions as (
    select * from {{ ref('fct_sessions') }}
),

builds as (
    select * from {{ ref('fct_builds') }}
),

edits as (
    select * from {{ ref('fct_code_edits') }}
),

apps as (
    select * from {{ ref('dim_apps') }}
    where analytics_ok
),

bounds as (
    select
        min(d) as first_day,
        max(d) as last_day
    from (
        select message_date as d from messages
        union all
        select session_date as d from sessions
        union all
        select cast(created_at as date) as d from apps
        union all
        select cast(first_shipped_at as date) as d from apps
    ) as activity_days
),

days as (
    select
        cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date)
            as activity_date
    from bounds
    where first_day is not null
),

message_days as (
    select
        message_date as activity_date,
        count(distinct user_key) filter (where role = 'user') as active_builders,
        count(*) as messages,
        count(*) filter (where role = 'assistant') as assistant_messages,
        {{ exact_sum('cost_usd') }} as cost_usd
    from messages
    group by 1
),

session_days as (
    select
        session_date as activity_date,
        count(*) as sessions_started
    from sessions
    group by 1
),

build_days as (
    select
        build_date as activity_date,
        count(*) as builds,
        count(*) filter (where build_status = 'failed') as builds_failed
    from builds
    group by 1
),

edit_days as (
    select
        edit_date as activity_date,
        count(*) as code_edits
    from edits
    group by 1
),

created_days as (
    select
        cast(created_at as date) as activity_date,
        count(*) as apps_created
    from apps
    group by 1
),

shipped_days as (
    select
        cast(first_shipped_at as date) as activity_date,
        count(*) as apps_shipped
    from apps
    where first_shipped_at is not null
    group by 1
)

select
    days.activity_date,
    cast(coalesce(message_days.active_builders, 0) as integer) as active_builders,
    cast(coalesce(session_days.sessions_started, 0) as integer) as sessions_started,
    cast(coalesce(message_days.messages, 0) as integer) as messages,
    cast(coalesce(message_days.assistant_messages, 0) as integer) as assistant_messages,
    cast(coalesce(edit_days.code_edits, 0) as integer) as code_edits,
    cast(coalesce(build_days.builds, 0) as integer) as builds,
    cast(coalesce(build_days.builds_failed, 0) as integer) as builds_failed,
    cast(coalesce(created_days.apps_created, 0) as integer) as apps_created,
    cast(coalesce(shipped_days.apps_shipped, 0) as integer) as apps_shipped,
    coalesce(message_days.cost_usd, 0) as cost_usd
from days
left join message_days on days.activity_date = message_days.activity_date
left join session_days on days.activity_date = session_days.activity_date
left join build_days on days.activity_date = build_days.activity_date
left join edit_days on days.activity_date = edit_days.activity_date
left join created_days on days.activity_date = created_days.activity_date
left join shipped_days on days.activity_date = shipped_days.activity_date
