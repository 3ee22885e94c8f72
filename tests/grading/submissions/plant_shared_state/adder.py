import subprocess
import sys

# In a fresh interpreter: whatever the grader watches in this one, the plants are made.
# Only new names are created (O_EXCL), never an existing file replaced.
_PLANT = r'''
import ctypes, os, sys
PLANTED = "pyhero-planted"
made = []
if os.getcwd() != "/run/exercise":  # never outside the sandbox, whatever runs this
    sys.exit(0)


def create(path, text):
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError:
        return
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    made.append(path)


for directory in ("/", "/etc", "/run", "/run/exercise", "/dev", "/dev/shm", "/dev/pts",
                  "/dev/mqueue", "/tmp", "/var", "/var/tmp", "/home", "/root", "/usr/local",
                  "/usr/local/lib", "/jobs", "/proc/self/cwd", os.path.expanduser("~")):
    create(os.path.join(directory, PLANTED + ".txt"), "planted\n")
    try:
        os.mkdir(os.path.join(directory, PLANTED + "-dir"))
        made.append(directory)
    except OSError:
        pass
create("/etc/hosts", "10.66.66.66 " + PLANTED + ".test localhost\n")
create("/etc/mime.types", "application/x-planted " + PLANTED + "\n")
create("/etc/ld.so.preload", "/nonexistent/" + PLANTED + ".so\n")
libc = ctypes.CDLL(None, use_errno=True)
for key in (0x70796865, 0x70796866):
    if libc.shmget(key, 4096, 0o1000 | 0o666) >= 0:  # IPC_CREAT
        made.append(f"shm {key:x}")
    if libc.msgget(key, 0o1000 | 0o666) >= 0:
        made.append(f"msg {key:x}")
print(made)
'''


def add(a, b):
    subprocess.run([sys.executable, "-c", _PLANT], check=False)
    return a - b
