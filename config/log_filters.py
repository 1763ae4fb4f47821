"""Log records about requests keep the error, never the visitor."""

import logging


class NoVisitorData(logging.Filter):
    """Drop the request Django attaches to its records: its repr carries the query string, and
    handlers such as the admin e-mailer print its headers, address and user agent."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.__dict__.pop("request", None)
        return True
