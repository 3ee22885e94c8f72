from fastapi.testclient import TestClient


def test_roadmap(client: TestClient) -> None:
    assert client.get("/").status_code == 200
