"""A real SMTP server on loopback (aiosmtpd, a test-only dependency) that records
what it receives; used by the mailing tests and the sending benchmark. It can refuse
recipients (550) and drop the connection in the middle of a message."""

import asyncio
import email
import threading
from email import policy

from aiosmtpd.controller import Controller

from tools.ports import free_port


class RecordingHandler:
    def __init__(self, keep=True):
        self.keep = keep  # the benchmark only counts
        self.envelopes = []
        self.count = 0
        self.refuse = set()  # recipients answered with 550
        self.drop_next = 0  # connections to drop during DATA, message not accepted
        self.block_after = None  # (n, event): after n messages, wait for event
        self.received = threading.Condition()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop_next:
            self.drop_next -= 1
            server.transport.close()  # the client sees the connection lost mid-message
            return "421 Connection dropped"
        with self.received:
            self.count += 1
            if self.keep:
                self.envelopes.append(envelope)
            self.received.notify_all()
        if self.block_after and self.count >= self.block_after[0]:
            # Holds the reply (so the sender is mid-message) until the test lets go.
            event = self.block_after[1]
            self.block_after = None
            await _wait_in_thread(event)
        return "250 Message accepted for delivery"

    def wait_for(self, n, timeout=30) -> bool:
        with self.received:
            return self.received.wait_for(lambda: self.count >= n, timeout=timeout)

    def messages(self):
        return [
            (tuple(e.rcpt_tos), email.message_from_bytes(e.original_content, policy=policy.default))
            for e in self.envelopes
        ]

    def messages_to(self, address):
        return [m for rcpt, m in self.messages() if address in rcpt]


async def _wait_in_thread(event):
    await asyncio.get_running_loop().run_in_executor(None, event.wait, 60)


class SMTPServer:
    def __init__(self, keep=True):
        self.handler = RecordingHandler(keep=keep)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()
