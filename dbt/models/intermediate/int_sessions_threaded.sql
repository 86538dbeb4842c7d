-- One row per chat turn, in thread order, with what the turn answers and whether it survived.
-- An assistant turn that was regenerated (another turn's regenerated_from points at it) is
-- "regenerated away": it stays here for preference pairs but leaves the thread.
--
-- Memory at scale: the windows run in int_messages_ordered (narrow turns) and the regeneration
-- walk in int_regenerations_chained (only the turns in a chain), both tables with exact row
-- counts, so here every turn streams past small hash tables (chains, sessions) and the message
-- text, the one wide column, is joined on last.
with

ordered as (
    select * from {{ ref('int_messages_ordered') }}
),

sessions as (
    select
        session_id,
        app_id
    from {{ ref('stg_platform__chat_sessions') }}
),

texts as (
    select
        message_id as text_message_id,
        message_text
    from {{ ref('stg_platform__messages') }}
),

chains as (
    select * from {{ ref('int_regenerations_chained') }}
)

select
    ordered.message_id,
    ordered.session_id,
    sessions.app_id,
    ordered.user_key,
    ordered.seq,
    ordered.turn_index,
    ordered.role,
    texts.message_text,
    ordered.model_name,
    ordered.latency_ms,
    ordered.input_tokens,
    ordered.output_tokens,
    ordered.cost_usd,
    ordered.regenerated_from_message_id,
    coalesce(chains.root_message_id, ordered.message_id) as root_message_id,
    case
        when chains.message_id is not null then chains.chain_final_message_id
        -- a turn in no chain is its own root: its own surviving answer, if it is one
        when ordered.role = 'assistant' and not ordered.is_regenerated_away
            then ordered.message_id
    end as final_message_id,
    ordered.is_regenerated_away,
    not ordered.is_regenerated_away as is_in_thread,
    case
        when ordered.role = 'assistant'
            then
                case
                    when chains.message_id is not null then chains.chain_prompt_message_id
                    else ordered.preceding_user_message_id
                end
    end as prompt_message_id,
    ordered.created_at,
    ordered.updated_at
from ordered
left join chains on ordered.message_id = chains.message_id
left join sessions on ordered.session_id = sessions.session_id
inner join texts on ordered.message_id = texts.text_message_id
