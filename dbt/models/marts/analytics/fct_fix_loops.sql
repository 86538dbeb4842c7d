-- One row per fix loop of an analytics_ok user.
with

loops as (
    select * from {{ ref('int_fix_loops') }}
),

apps as (
    select
        app_id,
        stack,
        template
    from {{ ref('dim_apps') }}
),

users as (
    {{ analytics_users() }}
)

select
    loops.loop_id,
    loops.session_id,
    loops.app_id,
    loops.user_key,
    apps.stack,
    apps.template,
    loops.error_source,
    loops.opener_event_id,
    loops.failing_build_id,
    loops.runtime_error_type,
    loops.opened_at,
    cast(loops.opened_at as date) as opened_date,
    loops.attempts,
    loops.resolving_build_id,
    loops.resolved_at,
    loops.loop_status,
    loops.time_to_fix_s
from loops
inner join users on loops.user_key = users.user_key
left join apps on loops.app_id = apps.app_id
