#!/usr/bin/env python3
"""Checks a Sanad HSDS export against the official HSDS 3.0 schemas (used by script/validate-hsds).

    hsds_check.py schema EXPORT_DIR HSDS_DIR [--profile PROFILE_DIR]
        organizations.json / services.json (and their NDJSON) against the compiled schemas, with
        additionalProperties false forced everywhere as the specification's own check does; with
        --profile, against the compiled schemas patched by the profile's JSON Merge Patches.
        taxonomies.json / taxonomy_terms.json against the non-compiled schema files, whose $refs a
        referencing registry resolves. Draft 2020-12, format checking on.
    hsds_check.py api SAMPLES_DIR HSDS_DIR
        The HSDS API's answers (`sanad export hsds-api-samples`): `/` against the official
        OpenAPI document's `/` response; every page's envelope against its `Page` schema (all
        eight members required, nothing else) and its contents, every NDJSON line and every
        detail against the compiled schemas (`*_list.json` for one-to-one items) or, for
        taxonomies and terms, the non-compiled files; unknown properties forbidden everywhere.
    hsds_check.py same FIRST_DIR SECOND_DIR
        The two exports hold the same data except provenance (source, source_date, checked;
        a taxonomy's version, the directory commit).
"""
import copy
import json
import pathlib
import sys

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

# What says where data came from: a contact's source, its date and check; a taxonomy's version
# (the commit of the directory it was exported from).
PROVENANCE = {"source", "source_date", "checked", "version"}


def forbid_unknown(node):
    """additionalProperties false on every object schema that lists properties."""
    if isinstance(node, dict):
        if "properties" in node:
            node["additionalProperties"] = False
        for value in node.values():
            forbid_unknown(value)
    elif isinstance(node, list):
        for value in node:
            forbid_unknown(value)
    return node


def merge_patch(target, patch):
    """RFC 7386 JSON Merge Patch."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def apply_profile(node, patches):
    """Patches every object schema named like a patched HSDS schema (the compiled schemas inline
    phone, contact, attribute... inside organization and service, each keeping its name)."""
    if isinstance(node, dict):
        node = {k: apply_profile(v, patches) for k, v in node.items()}
        if node.get("type") == "object" and "properties" in node and node.get("name") in patches:
            node = merge_patch(node, patches[node["name"]])
        return node
    if isinstance(node, list):
        return [apply_profile(v, patches) for v in node]
    return node


def validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def check(items, schema, what, failures):
    v = validator(schema)
    for index, item in enumerate(items):
        for error in v.iter_errors(item):
            path = "/".join(str(p) for p in error.absolute_path)
            failures.append(f"{what}[{index}] ({item.get('name', '?')}) at /{path}: {error.message[:300]}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def ndjson(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def schema_command(export_dir, hsds_dir, profile_dir):
    export_dir, hsds_dir = pathlib.Path(export_dir), pathlib.Path(hsds_dir)
    failures = []
    patches = {}
    if profile_dir:
        patches = {p.stem: load(p) for p in sorted(pathlib.Path(profile_dir).glob("*.json"))}
    compiled = hsds_dir / "schema" / "compiled"
    for name, schema_name in [("organizations", "organization"), ("services", "service")]:
        schema = load(compiled / f"{schema_name}.json")
        if patches:
            schema = apply_profile(schema, patches)
        schema = forbid_unknown(schema)
        items = load(export_dir / f"{name}.json")
        if not items:
            failures.append(f"{name}.json is empty")
        check(items, schema, f"{name}.json", failures)
        if ndjson(export_dir / f"{name}.ndjson") != items:
            failures.append(f"{name}.ndjson does not hold the same objects as {name}.json")
    # Taxonomies and terms: the non-compiled files, $refs resolved through a registry.
    base, registry = registry_for(hsds_dir)
    for name, schema_name in [("taxonomies", "taxonomy"), ("taxonomy_terms", "taxonomy_term")]:
        schema = registry.contents(base + schema_name + ".json")
        v = jsonschema.Draft202012Validator(schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        items = load(export_dir / f"{name}.json")
        for index, item in enumerate(items):
            for error in v.iter_errors(item):
                failures.append(f"{name}.json[{index}]: {error.message[:300]}")
        if not items:
            failures.append(f"{name}.json is empty")
    return failures


def registry_for(hsds_dir):
    """The non-compiled schema files, unknown properties forbidden, their $refs resolvable."""
    base = "https://hsds.invalid/schema/"
    resources = []
    for path in sorted((hsds_dir / "schema").glob("*.json")):
        if path.name == "openapi.json":
            continue
        contents = forbid_unknown(load(path))
        contents["$id"] = base + path.name
        resources.append((base + path.name, referencing.Resource.from_contents(contents, default_specification=DRAFT202012)))
    return base, referencing.Registry().with_resources(resources)


PAGE_MEMBERS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


def api_command(samples_dir, hsds_dir):
    samples_dir, hsds_dir = pathlib.Path(samples_dir), pathlib.Path(hsds_dir)
    failures = []
    openapi = load(hsds_dir / "schema" / "openapi.json")
    base, registry = registry_for(hsds_dir)
    validators = {}
    for name in ["organization", "organization_list", "service", "service_list"]:
        validators[name] = validator(forbid_unknown(load(hsds_dir / "schema" / "compiled" / f"{name}.json")))
    for name in ["taxonomy", "taxonomy_term"]:
        validators[name] = jsonschema.Draft202012Validator(registry.contents(base + name + ".json"), registry=registry,
                                                           format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    root_schema = forbid_unknown(copy.deepcopy(openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]))
    root_schema["required"] = ["version", "profile", "openapi_url"]
    page_schema = forbid_unknown(copy.deepcopy(openapi["components"]["schemas"]["Page"]))
    page_schema["properties"]["contents"] = {"type": "array"}
    page_schema["required"] = sorted(PAGE_MEMBERS)
    counts = {"root": 0, "page": 0, "item": 0}

    def items(values, schema_name, what):
        if schema_name not in validators:
            failures.append(f"{what}: no schema named {schema_name}")
            return
        v = validators[schema_name]
        for index, item in enumerate(values):
            counts["item"] += 1
            for error in v.iter_errors(item):
                path = "/".join(str(p) for p in error.absolute_path)
                failures.append(f"{what}[{index}] ({item.get('name', '?')}) at /{path}: {error.message[:300]}")

    for path in sorted(samples_dir.glob("*.json")):
        kind, _, rest = path.stem.partition("-")
        value = load(path)
        if kind == "root":
            counts["root"] += 1
            for error in validator(root_schema).iter_errors(value):
                failures.append(f"{path.name}: {error.message[:300]}")
        elif kind == "page":
            counts["page"] += 1
            schema_name = rest.split("-")[0]
            for error in validator(page_schema).iter_errors(value):
                failures.append(f"{path.name} (envelope): {error.message[:300]}")
            contents = value.get("contents", [])
            if value.get("size") != len(contents) or value.get("empty") != (value.get("total_items") == 0):
                failures.append(f"{path.name}: size or empty disagree with the contents")
            items(contents, schema_name, path.name)
        elif kind in ("ndjson", "details"):
            if not value:
                failures.append(f"{path.name} is empty")
            items(value, rest.split("-")[0], path.name)
        else:
            failures.append(f"{path.name}: unknown sample kind")
    if counts["root"] == 0 or counts["page"] == 0 or counts["item"] == 0:
        failures.append(f"too few samples in {samples_dir}: {counts}")
    else:
        print(f"  HSDS API: {counts['root']} roots, {counts['page']} pages, {counts['item']} entities valid")
    return failures


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in PROVENANCE}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def same_command(first, second):
    failures = []
    for name in ["organizations.json", "services.json", "taxonomies.json", "taxonomy_terms.json"]:
        a, b = strip(load(pathlib.Path(first) / name)), strip(load(pathlib.Path(second) / name))
        if a != b:
            left = {x.get("id"): x for x in a} if isinstance(a, list) else {}
            right = {x.get("id"): x for x in b} if isinstance(b, list) else {}
            differing = [left[k].get("name") for k in left if left[k] != right.get(k)]
            failures.append(f"{name}: {len(differing)} objects differ after the round trip: {differing[:5]}")
    return failures


def main(argv):
    if len(argv) >= 4 and argv[1] == "schema":
        profile = argv[5] if len(argv) == 6 and argv[4] == "--profile" else None
        failures = schema_command(argv[2], argv[3], profile)
    elif len(argv) == 4 and argv[1] == "api":
        failures = api_command(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == "same":
        failures = same_command(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for failure in failures[:50]:
        print(f"  {failure}", file=sys.stderr)
    if len(failures) > 50:
        print(f"  ... and {len(failures) - 50} more", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
