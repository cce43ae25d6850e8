"""API tokens: created once, shown once, stored only as a SHA-256 hash.

Tokens are long random strings, so a plain SHA-256 (no salt, no slow hash) is enough: there is
nothing to brute-force, and a hash lookup keeps verification a single indexed query.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from watchfloor.errors import UserError
from watchfloor.store import models as m

TOKEN_PREFIX = "wf_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str) -> str:
    """A new token for `name`; the clear text is returned once and never stored."""
    name = name.strip()
    if not name:
        raise UserError("W009", "a token needs a name (who or what will use it)")
    active = session.scalar(
        select(m.ApiToken).where(m.ApiToken.name == name, m.ApiToken.revoked.is_(False))
    )
    if active is not None:
        raise UserError(
            "W009", f"an active token named {name!r} exists; revoke it first or pick another name"
        )
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(m.ApiToken(name=name, token_hash=hash_token(token), revoked=False))
    session.flush()
    return token


def list_tokens(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(m.ApiToken).order_by(m.ApiToken.created_at, m.ApiToken.id))
    return [
        {
            "name": t.name,
            "created_at": t.created_at.isoformat() if t.created_at else None,
            "revoked": t.revoked,
        }
        for t in rows
    ]


def revoke_token(session: Session, name: str) -> int:
    """Revoke every active token with this name; returns how many were revoked."""
    rows = list(
        session.scalars(
            select(m.ApiToken).where(m.ApiToken.name == name, m.ApiToken.revoked.is_(False))
        )
    )
    if not rows:
        raise UserError("W006", f"no active token named {name!r} (see `watchfloor token list`)")
    for row in rows:
        row.revoked = True
    return len(rows)


def token_name(session: Session, token: str) -> str | None:
    """The name of the active token, or None when it is unknown or revoked."""
    if not token:
        return None
    row = session.scalar(select(m.ApiToken).where(m.ApiToken.token_hash == hash_token(token)))
    if row is None or row.revoked:
        return None
    return row.name
