import select

from django.db.backends.postgresql import base
from psycopg import pq


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        """Whether a connection kept from an earlier request still works, asked of its socket.

        Django's check asks the server (`SELECT 1`) before each request's first query: a
        round trip that was a tenth of a find page's time. A server that stops, restarts or
        ends the session says so to the client, or closes the socket, before it goes: either
        leaves something to read on a connection that has nothing to wait for, and such a
        connection is given up. One that is not idle (a transaction left open or failed) is
        asked as Django asks it. A server that vanishes without a word would not answer
        Django's check either.
        """
        connection = self.connection
        if connection is None or connection.closed:
            return False
        if connection.info.transaction_status != pq.TransactionStatus.IDLE:
            return super().is_usable()
        poll = select.poll()
        poll.register(connection.fileno(), select.POLLIN)
        return not poll.poll(0)
