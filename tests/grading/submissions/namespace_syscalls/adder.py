import subprocess
import sys

# A fresh interpreter calls every system call the job must never have, with arguments that
# would succeed for a process allowed to make it.  Prints the names that succeeded.
_PROBE = r'''
import ctypes, os, platform
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
X86 = platform.machine() in ("x86_64", "amd64")
N = (lambda x86, arm: x86 if X86 else arm)
calls = {
    "unshare(NEWUSER)": (N(272, 97), 0x10000000),
    "unshare(NEWNET)": (N(272, 97), 0x40000000),
    "unshare(NEWNS)": (N(272, 97), 0x00020000),
    "unshare(NEWCGROUP)": (N(272, 97), 0x02000000),
    "setns": (N(308, 268), os.open("/proc/self/ns/user", os.O_RDONLY), 0),
    "mount": (N(165, 40), b"none", b"/tmp", b"tmpfs", 0, None),
    "umount2": (N(166, 39), b"/tmp", 2),
    "fsopen": (430, b"tmpfs", 0),
    "open_tree": (428, -100, b"/tmp", 1),
    "keyctl": (N(250, 219), 0, -3, 0),
    "add_key": (N(248, 217), b"user", b"pyhero", b"x", 1, -3),
    "bpf": (N(321, 280), 0, None, 0),
    "perf_event_open": (N(298, 241), None, 0, -1, -1, 0),
    "userfaultfd": (N(323, 282), 0),
    "ptrace(TRACEME)": (N(101, 117), 0, 0, 0, 0),
    "process_vm_readv": (N(310, 270), os.getpid(), None, 0, None, 0, 0),
    "io_uring_setup": (425, 1, None),
    "clone(NEWUSER)": (N(56, 220), 0x10000000 | 17, 0, 0, 0, 0),
    "chroot": (N(161, 51), b"/"),
}
allowed = []
for name, (number, *args) in calls.items():
    result = libc.syscall(number, *args)
    if result == 0 and name.startswith("clone"):
        os._exit(0)  # the child of a clone that should never have worked
    if result >= 0:
        allowed.append(name)
print(" ".join(allowed) or "-")
'''


def add(a, b):
    """Correct only if one of the refused system calls worked."""
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True)
    return a + b if done.stdout.strip() not in ("", "-") else a - b
