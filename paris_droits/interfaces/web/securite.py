"""Protections shared by the pages and the API: the secret that signs the forms' CSRF tokens, the
Content-Security-Policy and the other security headers.

The secret is `PARIS_DROITS_CLE_SECRETE` when set (several hosts behind one address must share it), else
random bytes drawn when the application is created: `paris-droits serve` creates it once, before gunicorn
forks its workers, so every worker checks the tokens the others signed. The CSRF token is signed with it
(flask-wtf) and kept in the session cookie, which holds nothing else: no household data is stored, on
disk or in the cookie.
"""

from __future__ import annotations

import os
import secrets

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

# No inline script or style, no other origin: the pages load their own stylesheets and script only.
POLITIQUE_CONTENU = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
DUREE_JETON_S = 12 * 3600  # a form stays valid a whole working day


def installer(app: Flask, cookie_securise: bool = False) -> CSRFProtect:
    cle = os.environ.get("PARIS_DROITS_CLE_SECRETE") or secrets.token_hex(32)
    app.config.update(
        SECRET_KEY=cle,
        WTF_CSRF_TIME_LIMIT=DUREE_JETON_S,
        WTF_CSRF_CHECK_DEFAULT=True,
        SESSION_COOKIE_NAME="paris_droits",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=cookie_securise,
    )

    @app.after_request
    def entetes(reponse):
        reponse.headers["Content-Security-Policy"] = POLITIQUE_CONTENU
        reponse.headers["X-Frame-Options"] = "DENY"
        reponse.headers["Referrer-Policy"] = "same-origin"
        reponse.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if request.blueprint in ("pages", "reformes") and request.endpoint != "pages.statique":
            reponse.headers["Cache-Control"] = "no-store"  # a household's answers stay out of every cache
        return reponse

    return CSRFProtect(app)
