"""Starts moto's server (DynamoDB + SES) with one request handled at a time.

moto applies a transaction item by item and, when one fails, restores a copy
of the whole table taken before it began. With requests handled in parallel
threads, that restore can erase another request's committed writes: moto's
transactions are not isolated. DynamoDB's are (serializable), so we serialize
requests here. Clients still race for real: their reads and writes interleave
request by request, which is what the concurrency tests need.

Usage: moto_server.py PORT
"""

import sys
import threading

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import run_simple


def serialized(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # Drain the body inside the lock: the response is complete before
            # the next request starts.
            return list(app(environ, start_response))

    return handle


if __name__ == "__main__":
    port = int(sys.argv[1])
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, serialized(app), threaded=True, request_handler=MotoRequestHandler)
