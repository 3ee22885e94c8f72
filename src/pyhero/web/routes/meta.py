"""What a browser asks for besides the pages: the favicon and the API's docs page."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse

from pyhero.web.deps import StateDep

__all__ = ["SWAGGER_UI", "router"]

SWAGGER_UI = Path(str(files("fastapi_offline").joinpath("static")))
"""Swagger UI's files as the ``fastapi-offline`` package ships them (served locally)."""

_FAVICON = Path(__file__).parents[1] / "static" / "favicon.svg"

router = APIRouter(include_in_schema=False)


@router.get("/favicon.ico")
async def favicon() -> FileResponse:
    return FileResponse(_FAVICON, media_type="image/svg+xml")


@router.get("/docs", response_class=HTMLResponse)
async def api_docs(state: StateDep, request: Request) -> HTMLResponse:
    """Swagger UI for ``/openapi.json``, from local files: it works offline."""
    body = state.templates.get_template("docs.html").render(
        page="docs", openapi_url=request.app.openapi_url
    )
    return HTMLResponse(body)
