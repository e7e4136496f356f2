"""Starts moto's server (DynamoDB + SES) with one request handled at a time,
over connections that are kept alive.

moto applies a transaction item by item and, when one fails, restores a copy
of the whole table taken before it began. With requests handled in parallel
threads, that restore can erase another request's committed writes: moto's
transactions are not isolated. DynamoDB's are (serializable), so we serialize
requests here. Clients still race for real: their reads and writes interleave
request by request, which is what the concurrency tests need.

moto takes that copy with `copy.deepcopy`, which also copies every record of
the table's stream (lifecycle events read it): each transaction would cost as
much as the table's whole history, and a long run (the fuzzer) slowed to
timeouts. A stream record never changes once written, so the copy here shares
the records and copies only their list: a rolled-back transaction still loses
the records it added, as DynamoDB's stream never shows an uncommitted write.

moto's own server (werkzeug's) closes the connection after every answer, so
each SDK call would open a new TCP connection, which deployed DynamoDB never
asks of a warm function: the bench's figure of our CPU per request would count
it. waitress keeps HTTP/1.1 connections alive, as DynamoDB does. Its idle
timeout (120 s) is longer than the SDK's pool keeps an idle connection (90 s),
and its connection limit is above what the tests hold open at once (each test's
client pool, dropped when the test ends).

Usage: moto_server.py PORT
"""

import copy
import sys
import threading

from moto.dynamodb.models.table import StreamShard

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from waitress import serve


def shard_copy(shard, memo):
    clone = copy.copy(shard)
    memo[id(shard)] = clone
    # The table being copied (already in `memo`): the copy's shard is its own.
    clone.table = copy.deepcopy(shard.table, memo)
    clone.items = list(shard.items)
    return clone


StreamShard.__deepcopy__ = shard_copy


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
    serve(serialized(app), host="127.0.0.1", port=port, threads=8, connection_limit=1000, _quiet=True)
