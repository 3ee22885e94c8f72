"""Dependencies of the team routes: the signed-in account, and every resource a URL names
loaded *for* that account, so an id from the URL never reaches the store alone.

A resource the account may not see is answered 404, exactly like one that does not exist:
an id says nothing about someone else's data.
"""

from __future__ import annotations

from typing import Annotated, cast

import anyio.to_thread
from fastapi import Depends, HTTPException, Request

from pyhero.progress import AttemptRecord, CohortRecord, UserRecord
from pyhero.team._layers import USER_KEY
from pyhero.team._state import TeamState

__all__ = [
    "AdminDep",
    "AttemptDep",
    "CohortDep",
    "MenteeDep",
    "MentorDep",
    "TeamDep",
    "UserDep",
    "client_address",
    "signed_in_learner",
]


async def get_team(request: Request) -> TeamState:
    return cast(TeamState, request.app.state.team)


async def get_user(request: Request) -> UserRecord:
    user = request.scope.get(USER_KEY)
    if not isinstance(user, UserRecord):
        raise HTTPException(401, detail="sign in first")
    return user


async def signed_in_learner(request: Request) -> str:
    """The web app's learner in team mode: the signed-in account's."""
    return (await get_user(request)).learner


TeamDep = Annotated[TeamState, Depends(get_team)]
UserDep = Annotated[UserRecord, Depends(get_user)]


async def get_mentor(user: UserDep) -> UserRecord:
    if not user.mentors:
        raise HTTPException(403, detail="only mentors and admins can do this")
    return user


async def get_admin(user: UserDep) -> UserRecord:
    if not user.is_admin:
        raise HTTPException(403, detail="only admins can do this")
    return user


MentorDep = Annotated[UserRecord, Depends(get_mentor)]
AdminDep = Annotated[UserRecord, Depends(get_admin)]


async def get_cohort(cohort_id: int, team: TeamDep, user: UserDep) -> CohortRecord:
    """The cohort, if the account mentors it (or is an admin)."""
    found = await anyio.to_thread.run_sync(team.store.cohorts.cohort_for, user, cohort_id)
    if found is None:
        raise HTTPException(404, detail=f"no cohort {cohort_id}")
    return found


async def get_mentee(username: str, team: TeamDep, user: UserDep) -> UserRecord:
    """The learner ``username``, if the account may read their code and progress."""
    found = await anyio.to_thread.run_sync(team.store.cohorts.learner_for, user, username)
    if found is None:
        raise HTTPException(404, detail=f"no learner {username!r}")
    return found


async def get_attempt(uid: str, team: TeamDep, user: UserDep) -> tuple[AttemptRecord, UserRecord]:
    """The attempt and its learner, if the account may read it."""
    found = await anyio.to_thread.run_sync(team.store.reviews.attempt_for, user, uid)
    if found is None:
        raise HTTPException(404, detail=f"no attempt {uid!r}")
    return found


CohortDep = Annotated[CohortRecord, Depends(get_cohort)]
MenteeDep = Annotated[UserRecord, Depends(get_mentee)]
AttemptDep = Annotated[tuple[AttemptRecord, UserRecord], Depends(get_attempt)]


def client_address(request: Request) -> str | None:
    """The client's address (the proxy's client when the proxy is trusted)."""
    return request.client.host if request.client else None
