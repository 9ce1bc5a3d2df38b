#!/usr/bin/env python3
# Usage: scripts/fuzz-batch.py PATH/TO/hulpwijzer N [CHUNK]   (build it with: swift build -c release)
"""Long fuzz run for issue 13: mutated household lines through `hulpwijzer batch`.

Generates N lines (deterministic seed) from valid households by deleting keys, swapping types,
extreme numbers, long strings, invalid UTF-8 and deep nesting; feeds them to the binary in
chunks and checks: no trap (exit 0 or 1), one output row per input row, every row valid JSON.
"""
import json, random, subprocess, sys, time
binary, total, chunk = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20000
rng = random.Random(20261202)
base = [
    {"peildatum": "2026-03-01", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": True}, "partner": None,
     "kinderen": [{"leeftijd": 5}, {"leeftijd": 9}], "woning": {"soort": "huur", "kale_huur_per_maand": 720}, "inkomen": {"netto_per_maand": 1650}},
    {"peildatum": "2025-07-01", "gemeente": "GM0363", "aanvrager": {"leeftijd": 69, "uitkeringen": ["aow"]}, "partner": {"leeftijd": 70},
     "vermogen": {"totaal": 30000}, "schulden": {"beslag": True, "totaal": 12000}, "ontvangt": ["zorgtoeslag"]},
    {"aanvrager": {"leeftijd": 19, "onderwijs": "mbo", "studiefinanciering": True}, "medebewoners": [{"leeftijd": 45, "relatie": "ouder"}]},
]
def extreme():
    return rng.choice([0, -1, 1e300, -1e300, 1e15, 2**63, 0.5, 1e-300, 130, 131, "1.650", True, None, [], {}])
def mutate(v, depth=0):
    if isinstance(v, dict):
        v = dict(v)
        if v and rng.random() < 0.3: v.pop(rng.choice(list(v)))
        if rng.random() < 0.1: v["x" * rng.randint(1, 300)] = extreme()
        for k in list(v):
            if rng.random() < 0.3: v[k] = mutate(v[k], depth + 1)
        return v
    if isinstance(v, list):
        v = [mutate(x, depth + 1) for x in v]
        if rng.random() < 0.1: v = v * rng.randint(2, 40)
        return v
    r = rng.random()
    if r < 0.3: return extreme()
    if r < 0.4: return "é" * rng.randint(0, 5000)
    if r < 0.5: return {"a": v}
    return v
def line():
    r = rng.random()
    if r < 0.02: return b"[" * rng.randint(1, 5000)
    if r < 0.04: return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 200))).replace(b"\n", b" ")
    text = json.dumps(mutate(rng.choice(base)), ensure_ascii=False).encode()
    if r < 0.07 and text:
        i = rng.randrange(len(text)); text = text[:i] + b"\xff\xfe" + text[i:]
    if r < 0.09: text = text[: rng.randrange(len(text) + 1)]
    return text
start = time.time(); done = 0; rows = 0; exits = {}
while done < total:
    n = min(chunk, total - done)
    lines = [line() for _ in range(n)]
    # A blank line is no household (the reader skips it and counts it in the summary).
    expected = sum(1 for l in lines if (l[:-1] if l.endswith(b"\r") else l).lstrip(b" \t") != b"")
    data = b"\n".join(lines) + b"\n"
    p = subprocess.run([binary, "batch", "-", "--peildatum", "2026-03-01", "--format", "compact", "--sta-id-toe", "--invoer", "jsonl"], input=data, capture_output=True)
    exits[p.returncode] = exits.get(p.returncode, 0) + 1
    out = p.stdout.splitlines()
    if p.returncode not in (0, 1) or len(out) != expected:
        print("FAIL", p.returncode, len(out), expected, p.stderr[-500:]); sys.exit(1)
    for o in out: json.loads(o)
    done += n; rows += len(out)
print(json.dumps({"inputs": done, "rows": rows, "seconds": round(time.time() - start, 1), "exit_codes": exits}))
