"""Accounts, roles, locality scope and the audit trail — kept out of the warehouse.

Readers open the warehouse read-only and every write makes a new version of it (danvan/store), so
accounts live in a small SQLite database of their own beside it (`accounts.sqlite` in the
warehouse's folder), written in place, one transaction per change.

* `db` — the accounts database: where it is, its tables, a connection.
* `roles` — the four roles and what each may do; `User`, the one notion of a signed-in person
  whichever way they signed in.
* `users` — local accounts: add, list, disable, change a password (argon2id), sign in with a
  lockout after repeated failures.
* `audit` — the append-only trail: who did what, when, from where.
"""
