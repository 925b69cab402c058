"""Checks a CareJourney export with the libraries other programs use, and prints a JSON summary
of what the library saw for the tests to compare with their own reading.

    python checks.py fhir FILE   HL7 FHIR R4 (4.0.1) with fhir.resources
    python checks.py fhir-strict FILE   HL7 FHIR R4 with google-fhir-r4 and fhir.resources 8.3
    python checks.py ics FILE    RFC 5545 with icalendar and vobject
    python checks.py csv FILE    `export csv` (RFC 4180) with Python's csv module
    python checks.py csv-excel FILE    `export csv --excel` with pandas (sep ";", decimal ",")
    python checks.py serve KIND  one of the above for each file named on standard input

serve: reads a path per line and answers each with one JSON line, {"status", "output",
"errors"}: the exit status, standard output and standard error `checks.py KIND FILE` would have
given. One interpreter then imports the libraries once for a whole test run (google-fhir-r4's
protocol buffers take seconds to load).

fhir: fhir.resources refuses missing required elements, unknown elements, wrong types and
malformed dates; it does not check that codes come from their value sets, so the Swift tests
assert the key codes themselves. On top of the models this checks what a collection Bundle needs
to hang together: unique urn:uuid fullUrls matching the resource ids, and every reference
resolving to an entry.

ics: besides what icalendar refuses or records as a component error, this checks the octets
(UTF-8, every line ending in CRLF, no line longer than 75 octets) and what every event and alarm
must carry (UID, DTSTAMP in UTC, DTSTART, SUMMARY; ACTION, TRIGGER, DESCRIPTION), with unique
UIDs. vobject then reads it too, and its events go into the summary beside icalendar's.

csv: Python's csv module reads the file as RFC 4180 (UTF-8 without a byte-order mark, every row
ending in CRLF, each as long as the header); the number columns must read as numbers, and come
back in the summary as numbers. csv-excel: pandas reads the file with sep=";" and decimal=",", the
byte-order mark taken as such (the first column is `date`, not `\ufeffdate`); the number columns
must come out as numbers, not text.

Exits 3 with the reason on standard error when the library or a check refuses the file; any
other failure (a missing library, say) exits otherwise, so the tests can tell them apart.
"""

import datetime
import json
import sys
from collections import Counter

REFUSED = 3


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(REFUSED)


def references(value):
    """Every Reference.reference string inside a resource, however deep."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                yield item
            else:
                yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def check_fhir(path):
    import fhir.resources
    from fhir.resources.bundle import Bundle

    if fhir.resources.__fhir_version__ != "4.0.1":
        fail(f"the validator models FHIR {fhir.resources.__fhir_version__}, not R4 (4.0.1)")
    try:
        bundle = Bundle.parse_file(path, encoding="utf-8")
    except Exception as error:  # the library's validation error names the element
        fail(f"not a valid FHIR R4 Bundle: {error}")
    if bundle.type != "collection":
        fail(f"Bundle.type is {bundle.type}, not collection")
    entries = bundle.entry or []
    full_urls = [entry.fullUrl for entry in entries]
    if len(set(full_urls)) != len(full_urls):
        fail("two entries share a fullUrl")
    for entry in entries:
        if entry.fullUrl != f"urn:uuid:{entry.resource.id}":
            fail(f"fullUrl {entry.fullUrl} does not match id {entry.resource.id}")
    known = set(full_urls)
    raw = json.load(open(path, encoding="utf-8"))
    for entry in raw.get("entry", []):
        for reference in references(entry["resource"]):
            if reference not in known:
                fail(f"{entry['fullUrl']} refers to {reference}, which is not in the bundle")
    statuses = Counter(
        f"{entry.resource.resource_type}/{entry.resource.status}"
        for entry in entries
        if hasattr(entry.resource, "status")
    )
    summary = {
        "fhirVersion": fhir.resources.__fhir_version__,
        "entries": len(entries),
        "resourceTypes": dict(sorted(Counter(e.resource.resource_type for e in entries).items())),
        "statuses": dict(sorted(statuses.items())),
    }
    print(json.dumps(summary, sort_keys=True))


def check_fhir_strict(path):
    """The readers that refuse what fhir.resources 6.4 lets through: google-fhir-r4 parses the
    bundle into Google's R4 protocol buffers with validation (every date-time with its
    timezone, every code in its required value set, cardinalities), and fhir.resources 8.3's
    R4B models read it with pydantic 2 (date-times with a timezone). R4B is the closest model
    set 8.x ships; the elements CareJourney writes are the same in R4 and R4B."""
    from google.fhir.r4 import json_format
    from google.fhir.r4.proto.core.resources import bundle_and_contained_resource_pb2
    from fhir.resources.R4B.bundle import Bundle

    text = open(path, encoding="utf-8").read()
    refusals = []  # both readers run, so a test sees which of them refuses a fault
    try:
        bundle = json_format.json_fhir_string_to_proto(
            text, bundle_and_contained_resource_pb2.Bundle, validate=True,
            default_timezone="UTC")
    except Exception as error:
        refusals.append(f"google-fhir-r4 refuses it: {error}")
    try:
        Bundle.model_validate_json(text)
    except Exception as error:
        refusals.append(f"fhir.resources 8.3 (R4B) refuses it: {error}")
    if refusals:
        fail("\n".join(refusals))
    print(json.dumps({"entries": len(bundle.entry)}, sort_keys=True))


def check_ics(path):
    import icalendar

    data = open(path, "rb").read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"not UTF-8: {error}")
    if not data.endswith(b"\r\n"):
        fail("the last line does not end in CRLF")
    for number, line in enumerate(data[:-2].split(b"\r\n"), start=1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number} has a bare LF or CR")
        if len(line) > 75:
            fail(f"line {number} is {len(line)} octets long (RFC 5545 folds at 75)")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:
        fail(f"icalendar refuses it: {error}")
    for component in calendar.walk():
        if component.errors:
            fail(f"{component.name}: {component.errors}")
    for key in ("VERSION", "PRODID"):
        if key not in calendar:
            fail(f"VCALENDAR lacks {key}")
    events = calendar.walk("VEVENT")
    alarms = calendar.walk("VALARM")
    uids = []
    for event in events:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in event:
                fail(f"a VEVENT lacks {key}")
        stamp = event.decoded("DTSTAMP")
        if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
            fail(f"DTSTAMP {stamp!r} is not in UTC")
        uids.append(str(event["UID"]))
    if len(set(uids)) != len(uids):
        fail("two events share a UID")
    for alarm in alarms:
        for key in ("ACTION", "TRIGGER", "DESCRIPTION"):
            if key not in alarm:
                fail(f"a VALARM lacks {key}")
    try:
        import vobject

        second = vobject.readOne(data.decode("utf-8"))
        read = [
            {
                "uid": event.uid.value,
                "start": event.dtstart.value.isoformat(),
                "summary": event.summary.value,
                "alarms": len(event.contents.get("valarm", [])),
            }
            for event in second.contents.get("vevent", [])
        ]
    except Exception as error:
        fail(f"vobject refuses it: {error}")
    summary = {
        "vobject": read,
        "events": len(events),
        "alarms": len(alarms),
        "uids": uids,
        "starts": [event.decoded("DTSTART").isoformat() for event in events],
        "summaries": [str(event["SUMMARY"]) for event in events],
        "triggers": sorted({str(alarm.decoded("TRIGGER")) for alarm in alarms}),
    }
    print(json.dumps(summary, sort_keys=True, ensure_ascii=False))


# The CSV columns that hold numbers; every other column is text.
CSV_NUMBERS = ("severity", "value", "systolic", "diastolic", "typed_value")


def number(value):
    """A number as JSON carries it: whole numbers as integers."""
    return int(value) if float(value).is_integer() else value


def check_csv(path):
    import csv
    import io

    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        fail("starts with a byte-order mark; RFC 4180 CSV has none (that is --excel)")
    if not data.endswith(b"\r\n"):
        fail("the last row does not end in CRLF")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"not UTF-8: {error}")
    # Outside quoted cells every line break is CRLF (a cell may hold a bare LF, quoted).
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "\n" and text[index - 1 : index] != "\r":
            fail(f"a row ends in a bare LF at character {index}, not CRLF")
    try:
        # The excel dialect is RFC 4180's: commas, double quotes doubled.
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect="excel", strict=True))
    except csv.Error as error:
        fail(f"Python's csv refuses it: {error}")
    header, body = rows[0], rows[1:]
    for line, row in enumerate(body, start=2):
        if len(row) != len(header):
            fail(f"row {line} has {len(row)} cells, the header {len(header)}")
    summary = []
    for line, row in enumerate(body, start=2):
        record = dict(zip(header, row))
        for column in CSV_NUMBERS:
            if record[column] == "":
                record[column] = None
                continue
            try:
                record[column] = number(float(record[column]))
            except ValueError:
                fail(f"row {line}: {column} {record[column]!r} is not a number")
        summary.append(record)
    print(json.dumps({"columns": header, "rows": summary}, sort_keys=True, ensure_ascii=False))


def check_csv_excel(path):
    import math

    import pandas

    if not open(path, "rb").read(3) == b"\xef\xbb\xbf":
        fail("no UTF-8 byte-order mark: Excel would read the text as its own code page")
    try:
        # Text columns as text (an id of digits stays text); pandas itself decides whether
        # the number columns hold numbers.
        header = open(path, encoding="utf-8-sig", newline="").readline().rstrip("\r\n")
        text = {column: str for column in header.split(";") if column not in CSV_NUMBERS}
        frame = pandas.read_csv(
            path, sep=";", decimal=",", encoding="utf-8-sig", dtype=text, keep_default_na=False,
            na_values={column: [""] for column in CSV_NUMBERS})
    except Exception as error:
        fail(f"pandas refuses it: {error}")
    columns = list(frame.columns)
    for column in CSV_NUMBERS:
        if not pandas.api.types.is_numeric_dtype(frame[column]):
            fail(f"pandas reads {column} as {frame[column].dtype}, not as numbers")
    rows = []
    for record in frame.to_dict(orient="records"):
        for key, value in record.items():
            if isinstance(value, float) and math.isnan(value):
                record[key] = None
            elif key in CSV_NUMBERS:
                record[key] = number(float(value))
        rows.append(record)
    print(json.dumps({"columns": columns, "rows": rows}, sort_keys=True, ensure_ascii=False))


CHECKS = {
    "fhir": check_fhir,
    "fhir-strict": check_fhir_strict,
    "ics": check_ics,
    "csv": check_csv,
    "csv-excel": check_csv_excel,
}


def serve(kind):
    """Checks the file named on each line of standard input as `checks.py KIND FILE` does."""
    import contextlib
    import io
    import traceback

    check = CHECKS[kind]
    while True:
        path = sys.stdin.readline()
        if not path:
            return
        output, errors, status = io.StringIO(), io.StringIO(), 0
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(errors):
            try:
                check(path.rstrip("\n"))
            except SystemExit as end:
                status = end.code if isinstance(end.code, int) else 1
            except Exception:
                traceback.print_exc()
                status = 1
        answer = {"status": status, "output": output.getvalue(), "errors": errors.getvalue()}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2])
    else:
        CHECKS[sys.argv[1]](sys.argv[2])
