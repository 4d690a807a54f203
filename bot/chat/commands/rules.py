"""`/coach rules` in chat, for admins: the active rules by topic with their dismissal rate,
switching a rule on or off for the workspace or one channel, reloading the files.

    /rules                       active rules here, by topic, with dismissal rates
    /rules off ID [here|#chan]   switch a rule off for the workspace (or a channel)
    /rules on ID [here|#chan]    switch it on (also turns a shadow rule on)
    /rules shadow ID [here]      record its matches without showing them
    /rules show ID               the rule as it applies here, and which layer set what
    /rules reload                re-read the advice files now and report problems

Admins only: the facade refuses others politely.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.replies import with_advice_errors
from bot.chat.reply import Reply, Section
from bot.chat.spec import Args, choice, command, option
from bot.layers.explain import explain
from bot.layers.source import AdviceSource
from bot.memory.sql import DATABASE_ERRORS
from bot.messages import known, t

_CHANNEL_REF = re.compile(r"^<#([A-Za-z0-9]+)(?:\|[^>]*)?>$")  # Slack <#C123|name>, Discord <#123>
HERE = {"here", "channel", "ici", "canal"}
VERBS = {"on": "active", "off": "off", "shadow": "shadow", "active": "active"}




_CHANNEL_ID = re.compile(r"^#?([A-Z0-9]{8,}|[0-9]{6,})$")  # a Slack C0123ABCD or a Discord snowflake


def _channel_arg(arg: str, ctx: Context) -> str | None:
    """The channel a switch is for: `here` is this one, `<#C123|name>` or an id another.
    A channel *name* cannot be told from here (layers are folders named by id): ValueError."""
    if not arg:
        return None
    if arg.lower() in HERE:
        return ctx.channel
    found = _CHANNEL_REF.match(arg) or _CHANNEL_ID.match(arg)
    if found is None:
        raise ValueError(arg)
    return found.group(1)


def _place(ctx: Context, channel: str | None) -> str:
    return t("rules.place.channel" if channel else "rules.place.workspace", ctx.language)


def dismissal_rates(store: Any, ctx: Context) -> dict[str, tuple[int, int]]:
    """rule id -> (dismissed, fired) for this workspace, from team memory when it can tell."""
    if store is None:
        return {}
    from bot.memory.habits import rule_stats  # team memory's measure of each rule's precision

    try:
        workspace_id = store.find_workspace(ctx.platform, ctx.workspace)
        stats = rule_stats(store, workspace_id) if workspace_id is not None else []
    except DATABASE_ERRORS:  # memory is a nice-to-have here; the list still shows
        return {}
    return {s.rule: (s.dismissed, s.fired) for s in stats}


def list_reply(coach: Coach, ctx: Context) -> Reply:
    lang = ctx.language
    advice = coach.advice_for(ctx)
    rates = dismissal_rates(coach.store, ctx)
    any_dismissed = any(dismissed for dismissed, _ in rates.values())
    by_topic: dict[str, list] = defaultdict(list)
    advice_rules = [r for r in advice.rules if set(r.applies_to) != {"category"}]  # not the post taggers
    active = {c.rule.id for c in advice.compiled}
    for rule in advice_rules:
        if rule.status == "active" and rule.id in active:
            by_topic[rule.topic].append(rule)
    sections = []
    for topic in sorted(by_topic):
        lines = []
        for rule in sorted(by_topic[topic], key=lambda r: r.id):
            dismissed, fired = rates.get(rule.id, (0, 0))
            if not fired:
                rate = t("rules.rate.unknown", lang)
            elif not any_dismissed:  # 0/9 would read as a measured 0 %: nothing was ever set aside here
                rate = t("rules.rate.none", lang, fired=fired)
            else:
                rate = t("rules.rate", lang, rate=f"{dismissed / fired:.0%}", dismissed=dismissed, fired=fired)
            lines.append(f"`{rule.id}` · {t(f'severity.{rule.severity}', lang)} · {rate}")
        # One section per topic, one line per rule: compact enough for Slack's and Discord's limits.
        sections.append(Section(title=_topic_name(topic, lang), text="\n".join(lines)))
    shadow = sum(r.status == "shadow" for r in advice_rules)
    off = sum(r.status == "off" for r in advice_rules)
    summary = t("rules.others", lang, shadow=shadow, off=off) + "\n" + t("rules.usage", lang)
    here = _place(ctx, ctx.channel if _has_channel_layer(coach, ctx) else None)
    return Reply(title=t("rules.title", lang, place=here), summary=summary, sections=tuple(sections), language=lang)


def _topic_name(topic: str, lang: str) -> str:
    key = f"topic.{topic}"
    return t(key, lang) if known(key) else topic


def _has_channel_layer(coach: Coach, ctx: Context) -> bool:
    source = coach.advice
    return isinstance(source, AdviceSource) and any(
        name.startswith("channel ") for name, _ in source.stack(ctx.workspace, ctx.channel).layers)


def switch_reply(coach: Coach, ctx: Context, verb: str, args: list[str]) -> Reply:
    lang = ctx.language
    source = coach.advice
    if not isinstance(source, AdviceSource) or source.local_root is None:
        return Reply(title="Coach", summary=t("rules.fixed", lang), language=lang)
    if not args:
        return Reply(title="Coach", summary=t("rules.usage", lang), language=lang)
    rule_id = args[0].strip("`")
    try:
        channel = _channel_arg(args[1] if len(args) > 1 else "", ctx)
    except ValueError as exc:
        return Reply(title="Coach", summary=t("rules.which_channel", lang, channel=exc, id=rule_id, verb=verb),
                     language=lang, tone="warning")
    status = VERBS[verb]
    try:
        file = source.set_status(rule_id, status, ctx.workspace, channel)
    except KeyError:
        return Reply(title="Coach", summary=t("rules.unknown", lang, id=rule_id), language=lang, tone="warning")
    except ValueError as exc:  # also yamlfile.YamlError: a hand-edited switches.yaml that is broken
        return Reply(title="Coach", summary=t("rules.switch.failed", lang, id=rule_id, problem=exc),
                     language=lang, tone="warning")
    summary = t(f"rules.switched.{status}", lang, id=rule_id, place=_place(ctx, channel))
    summary += "\n" + t("rules.written", lang, file=file.name if channel is None else f"channels/{channel}/{file.name}")
    return Reply(title="Coach", summary=summary, language=lang, tone="good",
                 meta={"rule": rule_id, "status": status, "file": str(file)})


def reload_reply(coach: Coach, ctx: Context) -> Reply:
    lang = ctx.language
    source = coach.advice
    if isinstance(source, AdviceSource):
        source.reload()
        errors = source.errors_for(ctx.workspace)
        source.unseen_errors(ctx.workspace)  # shown right here: don't repeat them on the next reply
    else:
        errors = list(coach.advice.errors)
    active = sum(c.rule.status == "active" for c in coach.advice_for(ctx).compiled)
    reply = Reply(title="Coach", summary=t("rules.reloaded", lang, n=active) if not errors else "", language=lang,
                  tone="good" if not errors else "warning")
    return with_advice_errors(reply, errors, lang)


def show_reply(coach: Coach, ctx: Context, args: list[str]) -> Reply:
    lang = ctx.language
    rule_id = args[0].strip("`") if args else ""
    source = coach.advice
    if isinstance(source, AdviceSource):
        stack = source.stack(ctx.workspace, ctx.channel)
        if stack.get(rule_id) is None:
            return Reply(title="Coach", summary=t("rules.unknown", lang, id=rule_id), language=lang)
        text = explain(stack, rule_id, languages=(lang,))
    else:
        rule = coach.advice.get(rule_id)
        if rule is None:
            return Reply(title="Coach", summary=t("rules.unknown", lang, id=rule_id), language=lang)
        text = repr(rule)
    return Reply(title=f"`{rule_id}`", sections=(Section(text=f"```\n{text}```"),), language=lang)


def rules_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    verb = args.text("action").lower()
    rest = [word for word in (args.text("rule"), args.text("where")) if word]
    if verb in ("", "list"):
        return list_reply(coach, ctx)
    if verb in VERBS:
        return switch_reply(coach, ctx, verb, rest)
    if verb == "reload":
        return reload_reply(coach, ctx)
    if verb == "show":
        return show_reply(coach, ctx, rest)
    return Reply(title="Coach", summary=t("rules.usage", ctx.language), language=ctx.language)


ACTIONS = (choice("list", "List", "Lister"), choice("on", "On", "Activer"), choice("off", "Off", "Désactiver"),
           choice("shadow", "Shadow", "En observation"), choice("show", "Show", "Montrer"),
           choice("reload", "Reload", "Recharger"))
COMMAND = command(
    "rules", rules_command, "Admins: the rules in use here; switch one on, off or to shadow (counted, not shown)",
    "Admins : les règles utilisées ici ; en activer, désactiver ou mettre une en observation",
    admin_only=True, usage="/coach rules [on|off|shadow|show ID [here]] [reload]",
    summary=("The rules in use here; switch one on or off (Manage Server)",
             "Les règles utilisées ici ; en activer ou désactiver une (Gérer le serveur)"),
    options=(option("action", "choice", "What to do (list if empty)", "Que faire (lister si vide)",
                    positional=True, choices=ACTIONS),
             option("rule", "word", "The rule's id, e.g. hard-sell.urgency", "L'identifiant de la règle, ex. hard-sell.urgency",
                    positional=True),
             option("where", "word", "here: this channel only (else the whole server)",
                    "here : ce salon seulement (sinon tout le serveur)", positional=True)))
