from abc import ABC, abstractmethod

import pytest

from plugin_registry_class_decorator import PluginRegistry, RegistryError


@pytest.mark.task(taskno=1)
def test_bare_decorator_registers_under_the_lowercased_class_name() -> None:
    registry = PluginRegistry()

    @registry.register
    class JsonExporter:
        pass

    assert registry.names() == ["jsonexporter"], f"got {registry.names()}"
    assert registry.get("jsonexporter") is JsonExporter


@pytest.mark.task(taskno=1)
def test_decorator_returns_the_class_itself_with_its_plugin_name() -> None:
    registry = PluginRegistry()

    class CsvExporter:
        pass

    got = registry.register("CSV")(CsvExporter)
    assert got is CsvExporter, "a class decorator must hand back the class, not a wrapper"
    assert CsvExporter.plugin_name == "csv", "the decorator stamps the normalised name"  # type: ignore[attr-defined]


@pytest.mark.task(taskno=1)
def test_explicit_names_are_stripped_and_lowercased() -> None:
    registry = PluginRegistry()

    @registry.register("  Parquet ")
    class Writer:
        pass

    assert "parquet" in registry
    assert registry.names() == ["parquet"], f"got {registry.names()}"


@pytest.mark.task(taskno=2)
def test_lookup_is_case_insensitive_and_create_passes_arguments() -> None:
    registry = PluginRegistry()

    @registry.register("s3")
    class S3Sink:
        def __init__(self, bucket: str, *, region: str = "eu-west-1") -> None:
            self.bucket = bucket
            self.region = region

    assert registry.get(" S3 ") is S3Sink
    sink = registry.create("S3", "raw-events", region="us-east-1")
    assert isinstance(sink, S3Sink)
    assert (sink.bucket, sink.region) == ("raw-events", "us-east-1")


@pytest.mark.task(taskno=2)
def test_unknown_name_lists_the_known_plugins() -> None:
    registry = PluginRegistry()
    for name in ["json", "csv"]:
        registry.register(name)(type(name.title(), (), {}))
    with pytest.raises(RegistryError) as info:
        registry.get("xml")
    message = str(info.value)
    assert message == "unknown plugin 'xml' (known: csv, json)", f"got {message!r}"
    assert info.value.__cause__ is None and info.value.__suppress_context__, (
        "hide the internal KeyError with `from None`"
    )


@pytest.mark.task(taskno=2)
def test_unknown_name_in_an_empty_registry_says_none_are_known() -> None:
    with pytest.raises(RegistryError, match=r"^unknown plugin 'csv' \(known: none\)$"):
        PluginRegistry().create("csv")


@pytest.mark.task(taskno=2)
def test_names_are_sorted_and_container_protocol_works() -> None:
    registry = PluginRegistry()
    assert len(registry) == 0
    for name in ["zstd", "avro", "json"]:
        registry.register(name)(type(name, (), {}))
    assert registry.names() == ["avro", "json", "zstd"]
    assert len(registry) == 3
    assert "AVRO" in registry
    assert "xml" not in registry
    assert 42 not in registry, "non-string keys are simply not registered"


@pytest.mark.task(taskno=3)
def test_duplicate_names_are_rejected_and_name_the_first_owner() -> None:
    registry = PluginRegistry()

    @registry.register("csv")
    class First:
        pass

    class Second:
        pass

    with pytest.raises(RegistryError, match=r"^plugin name 'csv' is already taken by First$"):
        registry.register("CSV")(Second)
    assert registry.get("csv") is First, "a failed registration leaves the registry as it was"
    assert not hasattr(Second, "plugin_name"), "a rejected class is not stamped"


@pytest.mark.task(taskno=3)
def test_the_first_failing_check_decides_the_error() -> None:
    registry = PluginRegistry(required=["export"])

    @registry.register("csv")
    class First:
        export = None  # present: hasattr decides

    class Incomplete:
        pass

    with pytest.raises(RegistryError, match=r"^Incomplete is missing required attributes"):
        registry.register("csv")(Incomplete)  # missing attributes come before a taken name


@pytest.mark.task(taskno=3)
def test_missing_required_attributes_are_listed_sorted() -> None:
    registry = PluginRegistry(required=["export", "extension", "content_type"])

    class Incomplete:
        extension = ".csv"

    with pytest.raises(RegistryError) as info:
        registry.register(Incomplete)
    want = "Incomplete is missing required attributes: content_type, export"
    assert str(info.value) == want, f"got {str(info.value)!r}"
    assert len(registry) == 0


@pytest.mark.task(taskno=3)
def test_inherited_required_attributes_count() -> None:
    registry = PluginRegistry(required=("export", "extension"))

    class Base:
        extension = ".txt"

        def export(self, rows: list[str]) -> str:
            return "\n".join(rows)

    @registry.register("text")
    class Text(Base):
        pass

    assert registry.create("text").export(["a", "b"]) == "a\nb"


@pytest.mark.task(taskno=3)
def test_abstract_classes_are_rejected_but_concrete_subclasses_accepted() -> None:
    registry = PluginRegistry()

    class Exporter(ABC):
        @abstractmethod
        def export(self) -> str: ...

    with pytest.raises(RegistryError, match=r"^cannot register abstract class Exporter$"):
        registry.register(Exporter)

    @registry.register
    class Done(Exporter):
        def export(self) -> str:
            return "done"

    assert registry.names() == ["done"]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("name", ["", "   "])
def test_blank_names_are_rejected(name: str) -> None:
    registry = PluginRegistry()
    with pytest.raises(RegistryError, match="must not be empty"):
        registry.register(name)(type("Plain", (), {}))
    assert len(registry) == 0


@pytest.mark.task(taskno=3)
def test_only_classes_can_be_registered() -> None:
    registry = PluginRegistry()

    def export() -> str:
        return ""

    with pytest.raises(TypeError, match="only classes"):
        registry.register(export)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="only classes"):
        registry.register("export")(export)  # type: ignore[type-var]
    assert len(registry) == 0


@pytest.mark.task(taskno=3)
def test_registries_are_independent() -> None:
    sources, sinks = PluginRegistry(), PluginRegistry()
    sources.register("kafka")(type("Kafka", (), {}))
    assert "kafka" in sources
    assert "kafka" not in sinks
    assert sinks.names() == []
