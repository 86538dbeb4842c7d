-- One row per (pseudonymous) user with the current consent flags.
-- analytics_ok / training_ok are the latest flags AND no erasure request: a user who asked to be
-- forgotten drops out of analytics and new exports before the privacy stage has erased them.
with

users as (
    select * from {{ ref('stg_platform__users') }}
),

consent as (
    select
        user_key,
        max(changed_at) as consent_updated_at
    from {{ ref('stg_platform__consent_events') }}
    group by user_key
),

deletions as (
    select distinct user_key from {{ ref('stg_platform__deletion_requests') }}
),

apps as (
    select
        user_key,
        count(*) as n_apps,
        min(created_at) as first_app_created_at
    from {{ ref('stg_platform__apps') }}
    group by user_key
)

select
    users.user_key,
    users.signup_at,
    users.plan,
    users.country,
    users.analytics_ok and deletions.user_key is null as analytics_ok,
    users.training_ok and deletions.user_key is null as training_ok,
    coalesce(consent.consent_updated_at, users.updated_at) as consent_updated_at,
    deletions.user_key is not null as deletion_requested,
    cast(coalesce(apps.n_apps, 0) as integer) as n_apps,
    apps.first_app_created_at,
    users.updated_at
from users
left join consent on users.user_key = consent.user_key
left join deletions on users.user_key = deletions.user_key
left join apps on users.user_key = apps.user_key
