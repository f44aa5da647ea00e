#!/usr/bin/env python3
"""Trace every contact value in directory/ to a fact in the shared sources (../shared/sources/*.yaml
by default) and print the ones it cannot find.

A review aid for the rule "contact details only from the facts", not a lint rule: it reads the
facts files as text, so a value counts as traced when it appears there in some form in a fact
field (value, excerpt, website, url, source, email, address, telephone, fax). A value found
only in a note (where the facts may say that it was inferred, as for the IACHR's "458-3992 ó 6215") is reported as
"only in a note", and counts as untraced.
- phone, sms, fax and numeric messenger values: the value's digits, or its `printed` form's, or
  the national digits after the calling code (with or without a trunk 0) appear as one number in
  the facts (spaces, hyphens, dots, slashes and a "(0)" ignored);
- e-mail addresses, user names, postal addresses: the value appears (case and spacing ignored);
- URLs: the value appears without its scheme, "www." and trailing slash.

Usage: python3 tools/trace-contacts.py [DIRECTORY] [--facts DIR] [--verbose]
Prints one line per untraced contact (file:line: type value) and a summary; exits 1 when any is
untraced. --verbose also prints, for each traced value, the facts file and line that has it.
"""
import glob
import os
import re
import sys

import yaml

PHONE_TYPES = {"phone", "sms", "fax"}
FACT_KEYS = {"value", "excerpt", "website", "url", "source", "email", "address", "onion", "telephone", "phone", "fax"}
KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_]+):")
NUMBER = re.compile(r"\+?\d[\d \-./()\u00a0]{4,}\d")


def digits(text):
    return re.sub(r"\D", "", text.replace("(0)", ""))


def fold(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def url_key(text):
    text = text.strip().lower()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


class Facts:
    def __init__(self, folder):
        self.lines = []  # (file, line number, folded text, is a fact field)
        self.numbers = {}  # digits -> first (file, line, is a fact field), fact fields first
        for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
            name = os.path.basename(path)
            key = None
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    match = KEY.match(line)
                    if match:
                        key = match.group(1)
                    strong = key in FACT_KEYS
                    self.lines.append((name, number, fold(line), strong))
                    for found in NUMBER.finditer(line):
                        d = digits(found.group(0))
                        if d not in self.numbers or (strong and not self.numbers[d][2]):
                            self.numbers[d] = (name, number, strong)

    @staticmethod
    def best(hits):
        hits = list(hits)
        strong = [h for h in hits if h[2]]
        return (strong or hits or [None])[0]

    def find_text(self, needle):
        needle = fold(needle)
        return self.best((name, number, strong) for name, number, line, strong in self.lines if needle in line)

    def find_url(self, value):
        key = url_key(value)
        return self.best((name, number, strong) for name, number, line, strong in self.lines
                         for match in re.finditer(r"(?:https?://)?[^\s'\"]+", line)
                         if url_key(match.group(0)).rstrip("/.,;)") == key)

    def find_number(self, value, printed):
        candidates = {digits(value)}
        if printed:
            candidates.add(digits(printed))
        full = digits(value)
        # The national digits after a calling code of 1 to 3 digits, with or without a trunk 0.
        for length in (1, 2, 3):
            national = full[length:]
            candidates.update({national, "0" + national})
        return self.best(self.numbers[c] for c in sorted(candidates, key=len, reverse=True) if len(c) >= 5 and c in self.numbers)


def contacts(document):
    for contact in document.get("contacts") or []:
        yield contact
    for service in document.get("services") or []:
        for contact in service.get("contacts") or []:
            yield contact


def line_of(path, value):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if str(value) in line and "value" in line:
                return number
    return 0


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    facts_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "sources")
    if "--facts" in args:
        index = args.index("--facts")
        facts_dir = args[index + 1]
        del args[index:index + 2]
    if not os.path.isdir(facts_dir):
        facts_dir = "/work/shared/sources"
    directory = args[0] if args else "directory"
    facts = Facts(facts_dir)
    total = untraced = 0
    for path in sorted(glob.glob(os.path.join(directory, "organisations", "*.yaml"))):
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        for contact in contacts(document):
            total += 1
            kind, value = contact.get("type"), str(contact.get("value"))
            if kind in PHONE_TYPES or (kind in ("signal", "whatsapp", "telegram") and value.startswith("+")):
                found = facts.find_number(value, contact.get("printed"))
            elif value.startswith("http://") or value.startswith("https://"):
                found = facts.find_url(value)
            else:
                found = facts.find_text(value)
            where = "%s:%d" % (path, line_of(path, value))
            if found is None:
                untraced += 1
                print("%s: untraced %s %s" % (where, kind, value))
            elif not found[2]:
                untraced += 1
                print("%s: only in a note %s %s (%s:%d)" % (where, kind, value, found[0], found[1]))
            elif verbose:
                print("%s: %s %s <- %s:%d" % (where, kind, value, found[0], found[1]))
    print("%d of %d contact values traced to %s; %d untraced" % (total - untraced, total, os.path.normpath(facts_dir), untraced),
          file=sys.stderr)
    return 1 if untraced else 0


if __name__ == "__main__":
    sys.exit(main())
