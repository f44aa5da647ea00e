#!/usr/bin/env python3
"""One-off migration (run once, 2026-12-05, from the repository root) for the data-model schema (issue 17): drop provenance.last_verified and give
every contact without one the `source_date` its source has in the facts (shared/sources/*.yaml,
the entry's `sources` list: a date the page shows, or 'not shown' -> undated)."""
import glob, re, yaml
facts = {}
for f in glob.glob('/work/shared/sources/*.yaml'):
    d = yaml.safe_load(open(f))
    if not isinstance(d, dict) or 'entries' not in d: continue
    for e in d['entries']:
        for s in e.get('sources', []) or []:
            if isinstance(s, dict) and 'url' in s:
                facts.setdefault(s['url'].replace('issuu.com./', 'issuu.com/'), set()).add(str(s.get('date')))
def date_for(source):
    m = re.search(r'@\w+ \((\d{4}-\d{2}-\d{2})\)$', source)   # github:… path@commit (commit date)
    if m: return m.group(1)
    dates = facts.get(source, set())
    out = set()
    for raw in dates:
        if raw.startswith('not shown'): out.add('undated'); continue
        m = re.search(r'\b(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b', raw)
        if m: out.add(m.group(1))
    assert len(out) == 1, (source, dates)
    return out.pop()
for path in sorted(glob.glob('directory/organisations/*.yaml')):
    lines = open(path).read().split('\n')
    out = []
    for i, line in enumerate(lines):
        if re.match(r'^  last_verified: ', line): continue
        out.append(line)
        m = re.match(r'^(\s*)(- )?source: (.*)$', line)
        if not m: continue
        indent = len(m.group(1)) + (2 if m.group(2) else 0)
        # the contact's other fields: lines at the same indentation, up and down, within the block
        def block(rng):
            for j in rng:
                l = lines[j]
                if not l.strip(): continue
                ind = len(l) - len(l.lstrip())
                if ind < indent or (ind == indent - 2 and l.lstrip().startswith('- ')): 
                    yield l; return
                if ind == indent: yield l
        siblings = list(block(range(i + 1, len(lines)))) + list(block(range(i - 1, -1, -1)))
        if any(s.strip().startswith('source_date:') or s.strip().startswith('- source_date:') for s in siblings): continue
        source = m.group(3).strip().strip('"\'')
        out.append(' ' * indent + 'source_date: ' + ('undated' if date_for(source) == 'undated' else '"%s"' % date_for(source)))
    open(path, 'w').write('\n'.join(out))
