"""The client workbook (.xlsx) of one project, written with openpyxl from plain content.

Sheets: Summary (a one-page dashboard with the KPIs), Schedule (outline and week Gantt),
Milestones, Risks, Changes, Deliverables, Actions, Billing, Feedback, Decisions and Team
(filterable tables; Risks, Changes, Deliverables and Actions are read back when the client
returns the file), Workload (people × weeks), Costs (by phase and role, where the reader may see
cost), and a very hidden state sheet for that read-back. See content.py for what they hold.
Written while a locale is spoken (`texts.speaking`), every text, tab, header, date and amount
the reader sees is in its language; the state sheet and the keys stay English.
"""

from __future__ import annotations
