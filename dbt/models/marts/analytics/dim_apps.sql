-- One row per app (every app, with its owner's analytics_ok flag to filter on).
with

apps as (
    select * from {{ ref('stg_platform__apps') }}
),

users as (
    select
        user_key,
        analytics_ok
    from {{ ref('dim_users') }}
),

sessions as (
    select
        app_id,
        count(*) as n_sessions,
        min(started_at) as first_session_at
    from {{ ref('stg_platform__chat_sessions') }}
    group by app_id
),

builds as (
    select
        app_id,
        count(*) as n_builds,
        min(created_at) filter (where build_status = 'success') as first_successful_build_at
    from {{ ref('stg_platform__builds') }}
    group by app_id
)

select
    apps.app_id,
    apps.user_key,
    apps.app_name,
    apps.template,
    apps.stack,
    apps.app_status,
    apps.created_at,
    apps.first_shipped_at,
    cast(coalesce(sessions.n_sessions, 0) as integer) as n_sessions,
    sessions.first_session_at,
    cast(coalesce(builds.n_builds, 0) as integer) as n_builds,
    builds.first_successful_build_at,
    coalesce(users.analytics_ok, false) as analytics_ok,
    apps.updated_at
from apps
left join users on apps.user_key = users.user_key
left join sessions on apps.app_id = sessions.app_id
left join builds on apps.app_id = builds.app_id
