# Reads an Atom feed with feedparser and prints what it understood as JSON,
# for internal/clienttest to check.
import json
import sys

import feedparser

d = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(d.bozo),
    "problem": str(d.get("bozo_exception", "")),
    "version": d.version,
    "title": d.feed.get("title", ""),
    "updated": d.feed.get("updated", ""),
    "language": d.feed.get("language", ""),
    "entries": [
        {"id": e.get("id", ""), "title": e.get("title", ""), "link": e.get("link", ""),
         "updated": e.get("updated", ""), "summary": e.get("summary", "")}
        for e in d.entries
    ],
}))
