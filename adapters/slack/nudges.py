"""Weekly nudges in Slack: the `send` the core's ticker calls, and starting it.

    send = nudge_send(client)            # send(schedule, reply) -> message ts
    start_nudges(coach, client)          # this process's ticker, with Slack on it

Delivery itself is `adapters.slack.deliver` (chat.postMessage, then the chart
with files_upload_v2). What this module adds is the one judgement the ledger
needs: did Slack certainly post nothing? Only then is `NotDelivered` raised
(and the nudge may be retried); every other failure may have posted, and
propagates, so the ticker never sends that week's nudge again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack.delivery import deliver, with_rate_limits
from bot.chat.coach import Coach
from bot.chat.reply import Reply
from bot.nudges.sending import NotDelivered

if TYPE_CHECKING:
    from bot.nudges.schedule import Schedule
    from bot.nudges.ticker import Ticker

log = logging.getLogger("coach.slack")


def refused_before_posting(error: SlackApiError) -> bool:
    """chat.postMessage answered ok:false (not_in_channel, channel_not_found,
    is_archived, invalid_auth...): Slack posted nothing. An error from a later
    call (the chart upload) comes after the message was posted."""
    response = getattr(error, "response", None)
    if response is None:
        return False
    status = getattr(response, "status_code", 0) or 0
    api_url = str(getattr(response, "api_url", "") or "")
    data = getattr(response, "data", None)
    ok = data.get("ok") if isinstance(data, dict) else None
    return api_url.rstrip("/").endswith("chat.postMessage") and status < 500 and ok is False


def nudge_client(client: WebClient) -> WebClient:
    """The same client, minus slack_sdk's retry after a dropped connection: a
    connection reset after chat.postMessage reached Slack would post the nudge
    twice. Only 429 (Slack posted nothing) is retried."""
    return WebClient(token=client.token, base_url=client.base_url, timeout=client.timeout,
                     retry_handlers=with_rate_limits())


def nudge_send(client: WebClient) -> Callable[[Schedule, Reply], str]:
    client = nudge_client(client)

    def send(schedule: Schedule, reply: Reply) -> str:
        try:
            posted = deliver(client, str(schedule.channel), reply)
        except SlackApiError as error:
            if refused_before_posting(error):
                raise NotDelivered(f"Slack refused the nudge for {schedule.channel}: "
                                   f"{error.response.get('error', '')}") from error
            raise
        return str(posted.get("ts", ""))

    return send


def start_nudges(coach: Coach, client: WebClient) -> Ticker | None:
    """Register Slack with this process's nudge ticker (None without team memory)."""
    from bot.nudges.ticker import Sender, start_ticker  # the ticker thread: started only by `run`

    return start_ticker(coach, {"slack": Sender(nudge_send(client))})
