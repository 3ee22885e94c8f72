"""The app factory: one curriculum, one warm grader and one store for the app's lifetime."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from pyhero import __version__
from pyhero.config import Settings, get_settings, user_data_dir
from pyhero.curriculum import Curriculum, load_curriculum
from pyhero.grading import Grader, GraderError
from pyhero.progress import ProgressStore, StoreError, open_store
from pyhero.web._drafts import DraftStore
from pyhero.web._headers import SecureResponses
from pyhero.web._hot import HotPaths
from pyhero.web._last_results import LastResults
from pyhero.web._limits import MAX_BODY, BodySizeLimit
from pyhero.web._mode import LocalGrading, ModeServices, ServerMode
from pyhero.web._origin import SameOriginWrites, allowed_hosts
from pyhero.web._state import WebState
from pyhero.web._status_cache import StatusCache
from pyhero.web._templates import make_environment
from pyhero.web.routes import (
    api_router,
    exercise_pages_router,
    meta_router,
    pages_router,
    review_pages_router,
)
from pyhero.web.routes.meta import SWAGGER_UI
from pyhero.workspace import Workspace, locate_workspace

__all__ = ["create_app"]

_STATIC = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.startswith("/openapi")


def _error_page(request: Request, status: int, title: str, detail: str) -> Response:
    state: WebState | None = getattr(request.app.state, "web", None)
    if state is None:
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)
    body = state.templates.get_template("error.html").render(
        page="error", status=status, title=title, detail=detail
    )
    return HTMLResponse(body, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        titles = {
            404: "Not found",
            405: "Method not allowed",
            422: "Invalid form",
            429: "Too many requests",
        }
        title = titles.get(exc.status_code, "Request refused")
        page = _error_page(request, exc.status_code, title, str(exc.detail))
        page.headers.update(exc.headers or {})
        return page

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {
                "loc": list(e.get("loc", ())),
                "msg": str(e.get("msg", "")),
                "type": str(e.get("type", "")),
            }
            for e in exc.errors()
        ]
        if _wants_json(request):
            return JSONResponse({"detail": errors}, 422)
        lines = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return _error_page(request, 422, "Invalid request", lines)

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> Response:
        detail = str(exc)
        if _wants_json(request):
            return JSONResponse({"detail": detail}, 503)
        return _error_page(request, 503, "Progress database unavailable", detail)

    @app.exception_handler(GraderError)
    async def grader_down(request: Request, exc: GraderError) -> Response:
        detail = f"the grader failed: {exc}"
        if _wants_json(request):
            return JSONResponse({"detail": detail}, 503)
        return _error_page(request, 503, "Grader unavailable", detail)


def _local_state(
    config: Settings, curriculum: Curriculum, store: ProgressStore, grader: Grader, root: Path
) -> WebState:
    workspace = Workspace(root, curriculum)
    results = LastResults(workspace, elsewhere=user_data_dir() / "results")
    return WebState(
        settings=config,
        curriculum=curriculum,
        grader=grader,
        store=store,
        drafts=DraftStore(workspace, elsewhere=user_data_dir() / "drafts"),
        results=results,
        workspace=workspace,
        templates=make_environment(),
        statuses=StatusCache(store),
        grading=LocalGrading(grader, store, results, anyio.CapacityLimiter(grader.workers)),
    )


def _mode_state(
    config: Settings, curriculum: Curriculum, store: ProgressStore, services: ModeServices
) -> WebState:
    return WebState(
        settings=config,
        curriculum=curriculum,
        grader=None,
        store=store,
        drafts=services.drafts,
        results=services.results,
        workspace=None,
        templates=make_environment(reviews=False),
        statuses=StatusCache(store),
        grading=services.grading,
        learner_of=services.learner_of,
        exercise_panel=services.exercise_panel,
    )


def _settle_heap() -> None:
    """Everything loaded so far lives as long as the app: keep it out of the collector's
    full passes, which otherwise stall requests at the tail."""
    gc.collect()
    gc.freeze()


def create_app(settings: Settings | None = None, mode: ServerMode | None = None) -> FastAPI:
    """Build the app; its lifespan loads the curriculum, starts the grader, opens the store.

    ``mode`` replaces the single local learner and the in-process grader (the team server,
    ``pyhero.team.create_app``, passes one).
    """
    config = settings if settings is not None else get_settings()
    if config.team and mode is None:
        raise RuntimeError(
            "PYHERO_TEAM is set: start the team server with `pyhero serve --team` "
            "(or `uvicorn --factory pyhero.team:create_app`), not pyhero.web:create_app"
        )
    workspace_root = config.workspace_dir.expanduser()
    if settings is None and "PYHERO_WORKSPACE_DIR" not in os.environ:
        # As in the terminal: the default directory, else the workspace around the cwd.
        workspace_root = locate_workspace(workspace_root)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        curriculum = load_curriculum(config.content_dir)
        store = open_store(config.database_url)
        store.ensure_learner(config.learner)
        try:
            if mode is not None:
                async with mode.start(app, config, curriculum, store) as services:
                    app.state.web = _mode_state(config, curriculum, store, services)
                    _settle_heap()
                    yield
                return
            workers = config.grader_workers or os.cpu_count() or 1
            with Grader(workers=workers, isolation=config.grader_isolation) as grader:
                app.state.web = _local_state(config, curriculum, store, grader, workspace_root)
                _settle_heap()
                yield
        finally:
            store.close()

    app = FastAPI(
        title="pyhero",
        version=__version__,
        summary="Learn Python backend and data engineering: curriculum, exercises, progress.",
        lifespan=lifespan,
        docs_url=None,  # routes.meta serves /docs from local files
        redoc_url=None,
    )
    _install_error_handlers(app)
    app.include_router(pages_router)
    app.include_router(exercise_pages_router)
    if mode is None:  # review, read marks and quizzes: single-learner mode for now
        app.include_router(review_pages_router)
    app.include_router(api_router)
    app.include_router(meta_router)
    # ASGI layers, innermost first: the last one added sees a request first.
    app.add_middleware(BodySizeLimit, limit=MAX_BODY)
    app.add_middleware(HotPaths)  # cached hot pages skip routing and everything below
    if mode is not None:
        mode.install(app, config)  # its routes before the static mounts; its layers here
    app.mount("/static/swagger", StaticFiles(directory=SWAGGER_UI), name="swagger")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.add_middleware(SameOriginWrites, hosts=allowed_hosts(config))
    app.add_middleware(SecureResponses)  # security headers on everything; HEAD as GET
    return app
