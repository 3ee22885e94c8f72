from __future__ import annotations

import abc

import pytest
from service_container_wiring import Container, CycleError, ResolutionError

LOG: list[str] = []


class Settings:
    def __init__(self, dsn: str = "sqlite://") -> None:
        self.dsn = dsn


class Database:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        LOG.append("open Database")

    def close(self) -> None:
        LOG.append("close Database")


class Repository(abc.ABC):
    @abc.abstractmethod
    def find(self, order_id: int) -> str: ...


class SqlRepository(Repository):
    def __init__(self, database: Database) -> None:
        self.database = database

    def find(self, order_id: int) -> str:
        return f"order {order_id} from {self.database.settings.dsn}"


class UnitOfWork:
    def __init__(self, database: Database) -> None:
        self.database = database
        LOG.append("begin UnitOfWork")

    def close(self) -> None:
        LOG.append("end UnitOfWork")


class OrderService:
    def __init__(self, repository: Repository, retries: int = 3) -> None:
        self.repository = repository
        self.retries = retries


@pytest.fixture(autouse=True)
def _clear_log() -> None:
    LOG.clear()


@pytest.mark.task(taskno=1)
def test_resolve_auto_wires_the_constructor_chain() -> None:
    container = Container()
    container.register(Repository, SqlRepository)
    service = container.resolve(OrderService)
    assert isinstance(service.repository, SqlRepository)
    assert service.repository.find(7) == "order 7 from sqlite://"
    assert service.retries == 3, "a parameter with a default keeps it"


@pytest.mark.task(taskno=1)
def test_factories_and_instances_provide_keys() -> None:
    container = Container()
    settings = Settings("postgresql://db/orders")
    container.register_instance(Settings, settings)

    def make_repository(database: Database) -> Repository:
        return SqlRepository(database)

    container.register(Repository, make_repository)
    service = container.resolve(OrderService)
    assert service.repository.find(1) == "order 1 from postgresql://db/orders"
    assert container.resolve(Settings) is settings


@pytest.mark.task(taskno=1)
def test_registered_types_replace_defaults() -> None:
    container = Container()
    container.register(Repository, SqlRepository)
    container.register_instance(int, 5)
    assert container.resolve(OrderService).retries == 5


@pytest.mark.task(taskno=1)
def test_unknown_lifetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="lifetime"):
        Container().register(Database, lifetime="forever")


@pytest.mark.task(taskno=2)
def test_lifetimes() -> None:
    container = Container()
    container.register(Repository, SqlRepository)
    assert container.resolve(Database) is not container.resolve(Database)
    container.register(Database, lifetime="singleton")
    first = container.resolve(OrderService)
    second = container.resolve(OrderService)
    assert first is not second
    assert first.repository.database is second.repository.database
    container.register(UnitOfWork, lifetime="scoped")
    with container.scope() as scope:
        assert scope.resolve(UnitOfWork) is scope.resolve(UnitOfWork)
        outer = scope.resolve(UnitOfWork)
        assert outer.database is first.repository.database
    with container.scope() as other:
        assert other.resolve(UnitOfWork) is not outer


@pytest.mark.task(taskno=2)
def test_scoped_keys_need_a_scope_and_no_singleton_may_capture_them() -> None:
    class Cache:
        def __init__(self, unit: UnitOfWork) -> None:
            self.unit = unit

    container = Container()
    container.register(UnitOfWork, lifetime="scoped")
    container.register(Cache, lifetime="singleton")
    with pytest.raises(ResolutionError):
        container.resolve(UnitOfWork)
    with container.scope() as scope, pytest.raises(ResolutionError):
        scope.resolve(Cache)


@pytest.mark.task(taskno=3)
def test_missing_dependencies_name_the_path() -> None:
    with pytest.raises(ResolutionError, match="OrderService -> Repository"):
        Container().resolve(OrderService)


class Left:
    def __init__(self, right: Right) -> None: ...


class Right:
    def __init__(self, middle: Middle) -> None: ...


class Middle:
    def __init__(self, right: Right) -> None: ...


@pytest.mark.task(taskno=3)
def test_cycles_are_reported_with_the_cycle() -> None:
    with pytest.raises(CycleError, match="Left -> Right -> Middle -> Right"):
        Container().resolve(Left)
    assert issubclass(CycleError, ResolutionError)


@pytest.mark.task(taskno=4)
def test_scopes_and_the_container_close_what_they_made_newest_first() -> None:
    container = Container()
    container.register(Database, lifetime="singleton")
    container.register(UnitOfWork, lifetime="scoped")
    with container.scope() as scope:
        scope.resolve(UnitOfWork)
    assert LOG == ["open Database", "begin UnitOfWork", "end UnitOfWork"]
    container.close()
    assert LOG[-1] == "close Database"
    container.resolve(Database)
    assert LOG[-1] == "open Database", "after close() a new singleton is made"


@pytest.mark.task(taskno=4)
def test_transients_and_given_instances_are_never_closed() -> None:
    container = Container()
    container.register(UnitOfWork, lifetime="scoped")
    given = Database(Settings())
    container.register_instance(Database, given)

    def failing_request() -> None:
        with container.scope() as scope:
            scope.resolve(UnitOfWork)
            container.resolve(SqlRepository)
            raise RuntimeError("request failed")

    with pytest.raises(RuntimeError, match="request failed"):
        failing_request()
    container.close()
    assert LOG == ["open Database", "begin UnitOfWork", "end UnitOfWork"]
