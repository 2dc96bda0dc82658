"""A local SMTP sink for bench/fanout/run.sh: accepts every message on 127.0.0.1:PORT and keeps
"<messages> <unix time of the last one>" in COUNT_FILE (rewritten at most every 50 ms and once
more at the end). Runs until its standard input closes."""
import os, sys, threading, time
from aiosmtpd.controller import Controller

port, path = int(sys.argv[1]), sys.argv[2]
state = {"n": 0, "last": 0.0}
lock = threading.Lock()


class Count:
    async def handle_DATA(self, server, session, envelope):
        with lock:
            state["n"] += 1
            state["last"] = time.time()
        return "250 OK"


def write():
    with lock:
        line = "%d %.6f\n" % (state["n"], state["last"])
    with open(path + ".tmp", "w") as f:
        f.write(line)
    os.replace(path + ".tmp", path)


def keep(stop):
    while not stop.wait(0.05):
        write()


c = Controller(Count(), hostname="127.0.0.1", port=port)
c.start()
stop = threading.Event()
threading.Thread(target=keep, args=(stop,), daemon=True).start()
write()
print("ready", flush=True)
try:
    sys.stdin.read()
finally:
    stop.set()
    c.stop()
    write()
