"""Starts moto's server (DynamoDB + SES) with one request handled at a time,
over connections that are kept alive, with its memory bounded for a long run.

moto applies a transaction item by item and, when one fails, restores a copy
of the whole table taken before it began. With requests handled in parallel
threads, that restore can erase another request's committed writes: moto's
transactions are not isolated. DynamoDB's are (serializable), so we serialize
requests here. Clients still race for real: their reads and writes interleave
request by request, which is what the concurrency tests need.

That copy of the whole table made every transaction cost as much as the
table (seconds, with a few thousand large items), and moto keeps every model
instance it ever made, for its dashboard (`/moto-api/data.json`) alone: each
copy of each item stayed in memory, GBs after a few thousand requests. Here a
transaction backs up only the items it writes (and where the table's stream
ended), and moto's record of instances holds them weakly: the dashboard lists
what is alive.

The table's stream keeps its newest STREAM_BYTES of records (DynamoDB keeps
24 hours; nothing drains moto's); a reader behind them gets DynamoDB's
TrimmedDataAccessException. SES keeps its newest SENT_MESSAGES messages, and
`GET /_roster/ses/messages` lists them, oldest first, without the rest of
moto's state that the dashboard dumps (no AWS API has a path starting `/_`).
moto keeps one body of an SES v2 message (the HTML part when there is one)
and no Reply-To; the launcher keeps both parts and the Reply-To of each
message beside it, so the list shows the email whole.

moto's own server (werkzeug's) closes the connection after every answer, so
each SDK call would open a new TCP connection, which deployed DynamoDB never
asks of a warm function: the bench's figure of our CPU per request would count
it. waitress keeps HTTP/1.1 connections alive, as DynamoDB does. Its idle
timeout (120 s) is longer than the SDK's pool keeps an idle connection (90 s),
and its connection limit is above what the tests hold open at once (each test's
client pool, dropped when the test ends).

Usage: moto_server.py PORT
"""

import collections
import copy
import json
import sys
import threading
import types
import weakref

import moto.dynamodb.models as dynamodb_models
from moto.core.common_models import BaseModel
from moto.core.exceptions import JsonRESTError
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import StreamShard, Table
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from moto.ses.models import Message, SESBackend, ses_backends
from moto.sesv2.responses import SESV2Response
from waitress import serve

STREAM_BYTES = 16 * 1024 * 1024
SENT_MESSAGES = 1000
MESSAGES_PATH = "/_roster/ses/messages"


class Alive:
    """The instances of one model class that are still in use, as moto's
    dashboard lists them."""

    def __init__(self, instances=()):
        self.refs = {}
        for instance in instances:
            self.append(instance)

    def append(self, instance):
        key = id(instance)
        self.refs[key] = weakref.ref(instance, lambda ref: self.refs.get(key) is ref and self.refs.pop(key))

    def __iter__(self):
        for ref in list(self.refs.values()):
            instance = ref()
            if instance is not None:
                yield instance


def track_weakly(cls, *args, **kwargs):
    instance = super(BaseModel, cls).__new__(cls)
    alive = cls.__dict__.get("instances_tracked")
    if not isinstance(alive, Alive):
        # moto's reset puts a plain list back.
        alive = cls.instances_tracked = Alive(alive or ())
    alive.append(instance)
    return instance


BaseModel.__new__ = staticmethod(track_weakly)

# In moto's DynamoDB backend the one deep copy of a Table is the transaction's
# backup, which `transact_write_items` below takes item by item instead.
dynamodb_models.copy = types.SimpleNamespace(
    deepcopy=lambda x, memo=None: x if isinstance(x, Table) else copy.deepcopy(x, memo)
)


class Backup:
    """A table as a transaction found it: its items (the ones the transaction
    writes deep-copied, the others shared) and where its stream ended."""

    def __init__(self, table):
        self.table = table
        self.items = copy.copy(table.items)
        self.copied = set()
        shard = table.stream_shard
        self.stream_end = shard and shard.starting_sequence_number + len(shard.items)

    def keep(self, hash_key, range_key):
        current = self.table.items.get(hash_key)
        if current is None:
            return
        if range_key is None:
            self.items[hash_key] = copy.deepcopy(current)
            return
        if hash_key not in self.copied:
            self.items[hash_key] = dict(current)
            self.copied.add(hash_key)
        if range_key in current:
            self.items[hash_key][range_key] = copy.deepcopy(current[range_key])

    def restore(self):
        self.table.items = self.items
        shard = self.table.stream_shard
        if shard is not None and self.stream_end is not None:
            drop_newest(shard, shard.starting_sequence_number + len(shard.items) - self.stream_end)


def written_keys(backend, transact_items):
    """(table, hash key, range key) of each item the transaction names."""
    for entry in transact_items:
        for kind, op in entry.items():
            try:
                table = backend.tables.get(op.get("TableName"))
                key = op.get("Item") if kind == "Put" else op.get("Key")
                hash_key = DynamoType(key[table.hash_key_attr])
                range_key = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
            except (AttributeError, KeyError, TypeError):
                continue  # moto refuses the operation before it writes anything
            yield table, hash_key, range_key


transact_all_at_once = DynamoDBBackend.transact_write_items


def transact_write_items(self, transact_items):
    backups = {}
    for table, hash_key, range_key in written_keys(self, transact_items):
        if table.name not in backups:
            backups[table.name] = Backup(table)
        backups[table.name].keep(hash_key, range_key)
    try:
        transact_all_at_once(self, transact_items)
    except Exception:
        for backup in backups.values():
            backup.restore()
        raise


DynamoDBBackend.transact_write_items = transact_write_items


def record_bytes(record):
    return record.to_json()["dynamodb"]["SizeBytes"]


def drop_newest(shard, count):
    if count > 0:
        shard.kept_bytes -= sum(map(record_bytes, shard.items[-count:]))
        del shard.items[-count:]


add_record = StreamShard.add
StreamShard.kept_bytes = 0


def add_and_trim(self, old, new):
    add_record(self, old, new)
    if not self.items:
        return
    self.kept_bytes = getattr(self, "kept_bytes", 0) + record_bytes(self.items[-1])
    if self.kept_bytes > STREAM_BYTES:
        # A quarter at a time, so that trimming is not paid on every write.
        drop = 0
        while self.kept_bytes > STREAM_BYTES * 3 // 4:
            self.kept_bytes -= record_bytes(self.items[drop])
            drop += 1
        del self.items[:drop]
        self.starting_sequence_number += drop


read_records = StreamShard.get


def get_untrimmed(self, start, quantity):
    if start < self.starting_sequence_number:
        raise JsonRESTError("TrimmedDataAccessException", "the records asked for are past the stream's trim horizon")
    return read_records(self, start, quantity)


StreamShard.add = add_and_trim
StreamShard.get = get_untrimmed

ses_init = SESBackend.__init__


def ses_init_bounded(self, region_name, account_id):
    ses_init(self, region_name, account_id)
    self.sent_messages = collections.deque(maxlen=SENT_MESSAGES)


SESBackend.__init__ = ses_init_bounded


# What moto leaves out of each SES v2 message it keeps, by message id.
message_parts = collections.OrderedDict()
send_v2 = SESV2Response.send_email


def send_v2_keeping_parts(self):
    answer = send_v2(self)
    simple = json.loads(self.body).get("Content", {}).get("Simple")
    if simple is not None:
        body = simple.get("Body", {})
        message_parts[json.loads(answer)["MessageId"]] = {
            "text": body.get("Text", {}).get("Data"),
            "html": body.get("Html", {}).get("Data"),
            "reply_to": json.loads(self.body).get("ReplyToAddresses", []),
        }
        while len(message_parts) > SENT_MESSAGES:
            message_parts.popitem(last=False)
    return answer


SESV2Response.send_email = send_v2_keeping_parts


def sent_messages():
    messages = [
        {**vars(message), **message_parts.get(message.id, {})}
        for _, _, backend in ses_backends.iter_backends()
        for message in backend.sent_messages
        if type(message) is Message
    ]
    return json.dumps({"messages": messages}).encode()


def serialized(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            if environ["PATH_INFO"] == MESSAGES_PATH and environ["REQUEST_METHOD"] == "GET":
                body = sent_messages()
                start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
                return [body]
            # Drain the body inside the lock: the response is complete before
            # the next request starts.
            return list(app(environ, start_response))

    return handle


if __name__ == "__main__":
    port = int(sys.argv[1])
    app = DomainDispatcherApplication(create_backend_app)
    serve(serialized(app), host="127.0.0.1", port=port, threads=8, connection_limit=1000, _quiet=True)
