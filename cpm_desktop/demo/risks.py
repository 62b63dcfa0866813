"""The demo's risk register for NHL-WMS, as it stands at the 20 Nov 2026 status date.

Entries are raised at the risk workshop (22 Sep) or later and re-judged at the weekly risk
reviews, so the register has history and trends; the 20 Nov review is the latest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo.warehouse_plan import (
    ARCHITECT,
    CLIENT_IT,
    DATA,
    INBOUND,
    INTEGRATION,
    KEY_USER,
    OUTBOUND,
    PM,
    TEST,
)
from cpm_desktop.models import Risk
from cpm_desktop.services.risks.register import add_risk, close_risk, convert_to_issue, edit_risk

D = dt.date
WORKSHOP = D(2026, 9, 22)  # task 2.3, the RAID log and risk workshop
SPONSOR = "Henrik Sørensen (Nordhaven)"
PMO = "Jonas Richter (Nordhaven)"
INTERNAL_RISK = "Our subcontractor may not staff the second wave"


@dataclass(frozen=True, slots=True)
class DemoEntry:
    """One register entry: its fields when raised, later re-judgements, and its end."""

    title: str
    fields: Mapping[str, Any]
    tasks: tuple[str, ...] = ()
    raised: dt.date = WORKSHOP
    changes: tuple[tuple[dt.date, Mapping[str, Any]], ...] = ()
    closed: tuple[dt.date, str] | None = None
    became_issue: tuple[dt.date, int, dt.date] | None = None  # date, severity, due date
    kind: str = "risk"


def _risk(p: int, i: int, category: str, owner: str, cost: int, days: int, **more: Any) -> dict:
    return {
        "probability": p,
        "impact": i,
        "category": category,
        "owner": owner,
        "cost_impact": cost,
        "schedule_impact": days,
        **more,
    }


ENTRIES: tuple[DemoEntry, ...] = (
    DemoEntry(
        "RF scanner delivery delay (120 Zebra handhelds)",
        _risk(
            3,
            4,
            "Supplier",
            INBOUND,
            24_000,
            10,
            strategy="reduce",
            cause="Chip shortage at the handheld vendor; allocation for Q1 2027 not confirmed.",
            effect="RF workflows cannot be tested on real devices; UAT and training slip.",
            mitigation="Order placed in October; 40 rental devices reserved with the reseller.",
            contingency="Rent 60 further devices for UAT and go-live weeks.",
            trigger="No confirmed ship date by 4 December.",
            proximity=D(2027, 1, 15),
            residual_probability=2,
            residual_impact=3,
            review_on=D(2026, 11, 27),
        ),
        tasks=("4.2.3", "4.3.3"),
        changes=((D(2026, 10, 20), {"probability": 4}), (D(2026, 11, 20), {"probability": 3})),
    ),
    DemoEntry(
        "SAP IDoc specifications delivered late by the Nordhaven SAP team",
        _risk(
            3,
            3,
            "Client dependency",
            INTEGRATION,
            18_000,
            10,
            strategy="reduce",
            cause="Nordhaven's SAP team is busy with the year-end S/4HANA release.",
            effect="Integration design and the SAP interface build start late.",
            mitigation="Weekly spec clinic with the SAP team; escalation path via the PMO.",
            contingency="Build against draft specs; replan the SAP build behind the carriers.",
            trigger="Specs not received by 16 October.",
        ),
        tasks=("3.4", "4.4.1"),
        changes=((D(2026, 10, 12), {"probability": 4, "impact": 4}),),
        became_issue=(D(2026, 10, 19), 4, D(2026, 11, 27)),
    ),
    DemoEntry(
        "SAP interface specifications change after design sign-off",
        _risk(
            3,
            4,
            "Technical",
            INTEGRATION,
            30_000,
            8,
            strategy="reduce",
            cause="IDoc fields still under discussion in the S/4HANA release project.",
            effect="Rework of mappings and retest of the goods-issue interface.",
            mitigation="Freeze the interface contract at design sign-off; changes via CR.",
            contingency="Change request against the client's change budget.",
            proximity=D(2026, 12, 18),
            review_on=D(2026, 11, 27),
        ),
        tasks=("4.4.1", "4.4.2"),
        raised=D(2026, 10, 19),
        changes=((D(2026, 11, 20), {"probability": 4}),),
    ),
    DemoEntry(
        "Key users unavailable during peak season (November–December)",
        _risk(
            4,
            3,
            "Resources",
            KEY_USER,
            15_000,
            10,
            strategy="reduce",
            cause="Peak season: warehouse leads run extra shifts until Christmas.",
            effect="Design reviews, test scripts and data cleansing get no key-user time.",
            mitigation="Key-user days booked per week with the COO; backfill by team leads.",
            contingency="Move design reviews to January; extend data cleansing.",
            residual_probability=3,
            residual_impact=3,
            review_on=D(2026, 11, 13),
        ),
        tasks=("3.6", "5.1", "6.1.1"),
        changes=((D(2026, 10, 14), {"probability": 5}), (D(2026, 11, 20), {"impact": 4})),
    ),
    DemoEntry(
        "Poor data quality of the item master (dimensions, weights, bins)",
        _risk(
            3,
            4,
            "Data",
            DATA,
            35_000,
            15,
            strategy="reduce",
            cause="Legacy WMS never enforced dimensions; 18 % of items lack weights.",
            effect="Slotting rules and carrier labels fail; manual rework at go-live.",
            mitigation="Profiling in October; cleansing sprints with the key users.",
            contingency="Measure the top 2,000 items on the cubiscan before cut-over.",
            residual_probability=2,
            residual_impact=4,
            review_on=D(2026, 12, 4),
        ),
        tasks=("6.1.1", "6.1.2"),
        changes=((D(2026, 10, 8), {"probability": 4}),),
    ),
    DemoEntry(
        "Carrier API changes (DHL Parcel DE shipping API v2)",
        _risk(
            2,
            3,
            "Third party",
            INTEGRATION,
            12_000,
            5,
            strategy="accept",
            cause="DHL retires the legacy shipping API in 2027.",
            effect="Carrier interface must be rebuilt on the new API.",
            contingency="Build directly on API v2; DB Schenker unchanged.",
            proximity=D(2027, 2, 1),
        ),
        tasks=("4.4.3",),
        raised=D(2026, 9, 29),
        changes=((D(2026, 11, 6), {"probability": 3}),),
    ),
    DemoEntry(
        "Go-live slips into the spring promotion peak",
        _risk(
            2,
            5,
            "Schedule",
            PM,
            60_000,
            20,
            strategy="avoid",
            cause="Go-live on 12 April 2027 leaves two weeks before the May promotions.",
            effect="A late go-live would hit the highest volumes of the first half-year.",
            mitigation="Go/no-go on 7 April with hard criteria; fallback date 10 May agreed.",
            contingency="Stay on the legacy WMS until after the promotion weeks.",
            trigger="UAT sign-off later than 26 March 2027.",
            proximity=D(2027, 4, 7),
            review_on=D(2026, 12, 18),
        ),
        tasks=("6.3.1", "6.3.4"),
    ),
    DemoEntry(
        "Hypercare floor support understaffed on night shifts",
        _risk(
            3,
            3,
            "Resources",
            OUTBOUND,
            14_000,
            0,
            strategy="reduce",
            mitigation="Two consultants on nights for the first two weeks; on-call rota.",
            contingency="Extend hypercare by one week.",
            residual_probability=2,
            residual_impact=2,
            review_on=D(2027, 1, 15),
        ),
        tasks=("7.1",),
        raised=D(2026, 10, 5),
    ),
    DemoEntry(
        "Wave planning too slow at peak volumes (45,000 order lines a day)",
        _risk(
            2,
            4,
            "Technical",
            ARCHITECT,
            20_000,
            10,
            strategy="reduce",
            mitigation="Early load test on the SIT environment; vendor sizing review.",
            contingency="Split waves by carrier; scale up the tenant.",
            review_on=D(2026, 12, 11),
        ),
        tasks=("5.3",),
    ),
    DemoEntry(
        "Works council approval of scanner performance data",
        _risk(
            3,
            3,
            "Compliance",
            PMO,
            5_000,
            10,
            strategy="reduce",
            mitigation="Works agreement drafted with HR; productivity data anonymised.",
        ),
        tasks=("4.5",),
        closed=(D(2026, 11, 11), "Works agreement signed on 11 November."),
    ),
    DemoEntry(
        "Cloud environments provisioned late by Nordhaven IT",
        _risk(
            3,
            4,
            "Client dependency",
            CLIENT_IT,
            10_000,
            5,
            strategy="reduce",
            mitigation="Provisioning checklist agreed at kick-off; weekly check-in.",
        ),
        tasks=("4.1",),
        raised=D(2026, 9, 14),
        changes=((D(2026, 10, 12), {"probability": 2}),),
        closed=(D(2026, 10, 27), "All environments handed over on 27 October."),
    ),
    DemoEntry(
        "Legacy WMS support ends on 31 March 2027",
        _risk(
            2,
            5,
            "Contract",
            PM,
            9_000,
            0,
            strategy="transfer",
            mitigation="Three-month extension option bought into the vendor's contract.",
            trigger="Go/no-go decision is no-go.",
            proximity=D(2027, 3, 31),
            residual_probability=1,
            residual_impact=3,
        ),
        tasks=("6.3.3",),
    ),
    DemoEntry(
        "End-user training attendance across three shifts",
        _risk(
            3,
            2,
            "Change management",
            KEY_USER,
            6_000,
            5,
            strategy="reduce",
            mitigation="Sessions at shift changes; paid overtime approved by the COO.",
            review_on=D(2026, 12, 11),
        ),
        tasks=("6.2.2",),
        raised=D(2026, 10, 26),
    ),
    DemoEntry(
        "Change requests from SAP spec changes exceed the contingency",
        _risk(
            3,
            3,
            "Commercial",
            PM,
            25_000,
            0,
            strategy="share",
            mitigation="Change budget shared 50/50 per the contract; monthly CR review.",
            review_on=D(2026, 11, 30),
        ),
        raised=D(2026, 10, 19),
        changes=((D(2026, 11, 20), {"probability": 4}),),
    ),
    DemoEntry(
        "Reuse the Hamburg configuration for the Bremen DC rollout",
        _risk(
            3,
            4,
            "Business",
            SPONSOR,
            40_000,
            0,
            strategy="exploit",
            mitigation="Keep site-specific settings in a separate configuration layer.",
        ),
        kind="opportunity",
        raised=D(2026, 10, 12),
    ),
    DemoEntry(
        "Outbound design two weeks late: key users tied up in peak preparation",
        {
            "severity": 3,
            "category": "Resources",
            "owner": OUTBOUND,
            "cost_impact": 12_000,
            "schedule_impact": 10,
            "due_date": D(2026, 12, 4),
            "review_on": D(2026, 11, 27),
            "mitigation": "Evening design sessions; schedule contingency used before build.",
        },
        tasks=("3.3", "3.6"),
        kind="issue",
        raised=D(2026, 10, 14),
        changes=((D(2026, 11, 20), {"severity": 2}),),
    ),
    DemoEntry(
        "Label printers' firmware rejects the carrier label layout",
        {
            "severity": 2,
            "category": "Technical",
            "owner": TEST,
            "cost_impact": 3_500,
            "schedule_impact": 2,
            "due_date": D(2026, 12, 11),
            "mitigation": "Firmware update ordered from the printer vendor.",
        },
        tasks=("4.3.2",),
        kind="issue",
        raised=D(2026, 11, 18),
    ),
    DemoEntry(  # the supplier's own worry: never in a client export
        INTERNAL_RISK,
        _risk(
            2,
            4,
            "Commercial",
            PM,
            18_000,
            10,
            strategy="reduce",
            mitigation="Second subcontractor pre-qualified; account lead negotiating named staff.",
            review_on=D(2026, 12, 4),
            internal=True,
        ),
        raised=D(2026, 11, 16),
    ),
)


def add_demo_risks(
    session: Session,
    project_id: int,
    task_ids: Mapping[str, int],
    *,
    after: dt.date | None = None,
    until: dt.date | None = None,
) -> None:
    """Replay the demo register's events dated after `after` and up to `until` (default: all),
    each on its own date: raising, re-judgements, closing, becoming an issue."""

    def due(day: dt.date) -> bool:
        return (after is None or day > after) and (until is None or day <= until)

    for entry in ENTRIES:
        if until is not None and entry.raised > until:
            continue  # not raised yet: its later events wait with it
        if due(entry.raised):
            risk_id = add_risk(
                session,
                project_id,
                entry.title,
                kind=entry.kind,
                on=entry.raised,
                task_ids=[task_ids[wbs] for wbs in entry.tasks],
                **entry.fields,
            ).id
        else:  # raised in an earlier replay
            risk_id = _risk_id(session, project_id, entry)
        for day, change in entry.changes:
            if due(day):
                edit_risk(session, risk_id, on=day, **change)
        if entry.closed is not None and due(entry.closed[0]):
            close_risk(session, risk_id, on=entry.closed[0], note=entry.closed[1])
        if entry.became_issue is not None and due(entry.became_issue[0]):
            day, severity, due_date = entry.became_issue
            convert_to_issue(session, risk_id, severity=severity, due_date=due_date, on=day)


def _risk_id(session: Session, project_id: int, entry: DemoEntry) -> int:
    # By kind too: a risk that occurred shares its title with the issue it became.
    query = select(Risk.id).where(
        Risk.project_id == project_id, Risk.title == entry.title, Risk.kind == entry.kind
    )
    return session.scalars(query).one()
