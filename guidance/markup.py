"""The little markup guidance pages are written in, turned into safe HTML.

A blank line ends a paragraph, "## " starts a sub-heading and lines starting "- " make a list.
Nothing else is interpreted and every character of the text is escaped, so an editor or a
translator can never add a script, a style or a link to another site.
"""

from itertools import groupby

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def kind(line: str) -> str:
    if not line:
        return "blank"
    if line.startswith("## "):
        return "heading"
    return "item" if line.startswith("- ") else "text"


def render(text: str) -> SafeString:
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    html = []
    for line_kind, group in groupby(lines, key=kind):
        group = list(group)
        if line_kind == "heading":
            html += [f"<h2>{escape(line[3:].strip())}</h2>" for line in group]
        elif line_kind == "item":
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in group)
            html.append(f"<ul>{items}</ul>")
        elif line_kind == "text":
            html.append(f"<p>{escape(' '.join(group))}</p>")
    # Safe: every piece of text above went through escape().
    return mark_safe("\n".join(html))
