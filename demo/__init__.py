"""The demo quarter: Longshan County, 2020 Q1 (`flask demo`).

- quantities.py: units, categories and how many orders of each kind
- cases.py: the orders the seed brief quotes, word for word
- texts.py: the wordings of the other orders
- plan.py: the quantities turned into one deterministic list of order slots
- loader.py: the slots written as records with their full history
"""
