// Reads each .ics file named with ical.js and prints its events as JSON, for
// internal/clienttest to check. A file it cannot read is an error.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const out = {};
for (const path of process.argv.slice(2)) {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  out[path] = cal.getAllSubcomponents("vevent").map((v) => {
    const ev = new ICAL.Event(v);
    return {
      uid: ev.uid || "",
      summary: ev.summary || "",
      location: ev.location || "",
      dtstamp: v.getFirstPropertyValue("dtstamp")?.toString() || "",
      dtstart: ev.startDate ? ev.startDate.toString() : "",
      dtend: ev.endDate ? ev.endDate.toString() : "",
      sequence: ev.sequence ?? -1,
    };
  });
}
console.log(JSON.stringify(out));
