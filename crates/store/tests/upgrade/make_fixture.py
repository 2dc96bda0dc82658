#!/usr/bin/env python3
"""Writes demo-8becab4.sql: every row of a SQLite database made by `convene demo` at commit
8becab4 (migrations m0001..m0004), as INSERT statements that run on SQLite and PostgreSQL alike
(every value a quoted literal, which both databases convert to the column's type), tables in
foreign-key order. Usage: make_fixture.py demo.db > demo-8becab4.sql"""
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
    "AND name <> 'seaql_migrations' ORDER BY rowid")]
deps = {t: {r[2] for r in db.execute(f'PRAGMA foreign_key_list("{t}")') if r[2] != t} for t in tables}
order = []
while len(order) < len(tables):
    for t in tables:
        if t not in order and deps[t] <= set(order):
            order.append(t)
            break
    else:
        sys.exit("foreign keys form a cycle")


def lit(v):
    return "NULL" if v is None else "'" + str(v).replace("'", "''") + "'"


for t in order:
    cols = [r[1] for r in db.execute(f'PRAGMA table_info("{t}")')]
    names = ", ".join(f'"{c}"' for c in cols)
    for row in db.execute(f'SELECT {names} FROM "{t}" ORDER BY rowid'):
        print(f'INSERT INTO "{t}" ({names}) VALUES ({", ".join(lit(v) for v in row)});')
