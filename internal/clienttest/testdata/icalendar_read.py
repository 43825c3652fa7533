# Reads each .ics file named with Python's icalendar and prints its events as
# JSON, for internal/clienttest to check. A file it cannot read is an error.
import json
import sys

from icalendar import Calendar

out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = Calendar.from_ical(f.read())
    out[path] = [
        {
            "uid": str(ev.get("uid", "")),
            "summary": str(ev.get("summary", "")),
            "location": str(ev.get("location", "")),
            "dtstamp": ev.decoded("dtstamp").isoformat() if "dtstamp" in ev else "",
            "dtstart": ev.decoded("dtstart").isoformat() if "dtstart" in ev else "",
            "dtend": ev.decoded("dtend").isoformat() if "dtend" in ev else "",
            "sequence": int(ev.get("sequence", -1)),
        }
        for ev in cal.walk("VEVENT")
    ]
print(json.dumps(out))
