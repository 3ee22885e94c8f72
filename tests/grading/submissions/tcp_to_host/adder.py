import socket


def _ask(a, b):
    for host in ("127.0.0.1", "localhost", "::1"):
        try:
            with socket.create_connection((host, {{PORT}}), timeout=1) as conn:
                conn.sendall(f"{a!r} {b!r}\n".encode())
                return eval(conn.recv(4096).decode())  # the server answers with a + b
        except OSError:
            continue
    return None


def add(a, b):
    return _ask(a, b)
